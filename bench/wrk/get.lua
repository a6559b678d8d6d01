local threads = {}
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  thread:set("bad", 0)
  table.insert(threads, thread)
end
dofile("bench/wrk/think.lua") -- THINK_MS: pauses between requests, as users make
-- A signed-in GET: the session cookie comes from the SESSION environment variable. Prints p50/p95/p99.
wrk.headers["Cookie"] = "PATHWAY_SESSION=" .. os.getenv("SESSION")
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + t:get("bad") end
  io.write(string.format("requests %d, non-200 %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", summary.requests,
    failed, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
