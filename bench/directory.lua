-- wrk script for bench/directory.sh. With $PATHS: GETs of the paths in that file (one a line), in turn from
-- a random start. With $BODIES: POSTs of the JSON bodies in that file to the URL given to wrk. Authenticates
-- with $KEY (API key) or $COOKIE (a signed-in session). Prints p50/p90/p95/p99.
local items = {}
local i = 0
local post = os.getenv("BODIES") ~= nil and os.getenv("BODIES") ~= ""

function init(args)
  for line in io.lines(post and os.getenv("BODIES") or os.getenv("PATHS")) do
    items[#items + 1] = line
  end
  i = math.random(#items)
end

function request()
  i = i % #items + 1
  local headers = {}
  local key, cookie = os.getenv("KEY"), os.getenv("COOKIE")
  if key ~= nil and key ~= "" then headers["Authorization"] = "Bearer " .. key end
  if cookie ~= nil and cookie ~= "" then headers["Cookie"] = cookie end
  if post then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", nil, headers, items[i])
  end
  return wrk.format("GET", items[i], headers, nil)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx) %d, throughput %.1f/s; latency p50 %.2f ms, p90 %.2f ms, "
    .. "p95 %.2f ms, p99 %.2f ms, max %.2f ms\n", summary.requests, summary.errors.status,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
