-- wrk script for bench/run: request PREFIX .. path .. SUFFIX for each line of PATHS_FILE in turn,
-- with the Accept header ACCEPT; thread t starts at a different line so threads do not move in step.
-- Prints one line: RESULT <requests/s> <p50 ms> <p99 ms> <requests> <errors>, where an error is
-- a status >= 400, a refused connection, a read or write failure or a timeout.
local paths = {}
local i = 0
local prefix = os.getenv("PREFIX") or "/"
local suffix = os.getenv("SUFFIX") or ""
local accept = os.getenv("ACCEPT") or "*/*"
local started = 0

function setup(thread)
  started = started + 1
  thread:set("offset", started * 97)
end

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", prefix .. paths[(i % #paths) + 1] .. suffix, { ["Accept"] = accept })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%d\t%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout))
end
