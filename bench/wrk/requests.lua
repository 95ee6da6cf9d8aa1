-- wrk script for bench/run. Requests PREFIX .. path .. SUFFIX for each line of PATHS_FILE in turn,
-- with the Accept header ACCEPT; thread t starts at a different line so threads do not move in step.
-- With FOLLOW=1 it dereferences as a linked-data client does: each 303 See Other's Location is
-- queued and requested next by the same thread (wrk does not follow redirects itself).
-- Prints one line: RESULT <requests/s> <p50 ms> <p99 ms> <requests> <errors> <resolutions/s>, where an
-- error is a failed connection, read, write or timeout, or an unexpected status (>= 400; with
-- FOLLOW=1, anything but 303 and 200), and a resolution is a 303 whose document was then fetched.
local paths = {}
local queue = {}
local i = 0
local prefix = os.getenv("PREFIX") or "/"
local suffix = os.getenv("SUFFIX") or ""
local accept = os.getenv("ACCEPT") or "*/*"
local follow = os.getenv("FOLLOW") == "1"
local threads = {}
redirects = 0
unexpected = 0

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("offset", #threads * 97)
end

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  i = offset or 0
end

function request()
  local location = table.remove(queue, 1)
  if location then
    return wrk.format("GET", location, { ["Accept"] = accept })
  end
  i = i + 1
  return wrk.format("GET", prefix .. paths[(i % #paths) + 1] .. suffix, { ["Accept"] = accept })
end

function response(status, headers, body)
  if follow and status == 303 then
    redirects = redirects + 1
    queue[#queue + 1] = headers["Location"]
  elseif status >= 400 or (follow and status ~= 200) then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local resolved, odd = 0, 0
  for _, t in ipairs(threads) do
    -- each thread may end with one 303 whose document was not fetched
    resolved = resolved + math.max(t:get("redirects") - 1, 0)
    odd = odd + t:get("unexpected")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%d\t%d\t%.1f\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.connect + e.read + e.write + e.timeout + odd, resolved / seconds))
end
