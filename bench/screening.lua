-- wrk script for bench/screening-http.sh: POSTs screening requests, one body per line of $BODIES, in turn.
-- Each thread starts at a place of its own, different from run to run: wrk's random numbers are the same in
-- every thread and every run unless seeded, so unseeded threads would all send the same bodies.
local bodies = {}
local i = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
  math.randomseed(os.time() + 7919 * (thread_number or 0))
  i = math.random(#bodies)
end

function request()
  i = i % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("KEY")}, bodies[i])
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx) %d, throughput %.0f/s\n", summary.requests,
    summary.errors.status, summary.requests / (summary.duration / 1e6)))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
