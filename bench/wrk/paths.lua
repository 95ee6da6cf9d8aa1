-- wrk script: each request takes the next path of PATHS_FILE (one per line, without leading
-- slash), prefixed by PREFIX; thread t starts at line t so threads do not move in step.
-- Environment: PATHS_FILE, PREFIX (e.g. "/doc/"), ACCEPT (the Accept header).
local paths = {}
local i = 0
local prefix = os.getenv("PREFIX") or "/"
local accept = os.getenv("ACCEPT") or "*/*"
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("start", counter)
end

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  i = (start or 0) * 97
end

function request()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  return wrk.format("GET", prefix .. path, { ["Accept"] = accept })
end

-- any response outside 2xx/3xx is counted and reported
local bad = 0
function response(status, headers, body)
  if status >= 400 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%d\t%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
