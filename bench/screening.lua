-- wrk script for bench/screening-http.sh: POSTs screening requests, one body per line of $BODIES, in turn.
local bodies = {}
local i = 0

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
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
