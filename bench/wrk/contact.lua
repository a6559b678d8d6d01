local threads = {}
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  thread:set("bad", 0)
  table.insert(threads, thread)
end
dofile("bench/wrk/think.lua") -- THINK_MS: pauses between requests, as users make
-- Recording a contact (POST /cases/{id}/contacts) on one of the link worker's open cases, chosen at random from
-- the comma-separated CASES, dated TODAY (yyyy-mm-dd, UK), typed in the form's three date boxes. A success is the
-- redirect (302) back to the contacts page. Prints p50/p95/p99.
local year, month, day = os.getenv("TODAY"):match("(%d+)-(%d+)-(%d+)")
local cases = {}
for id in string.gmatch(os.getenv("CASES"), "[^,]+") do table.insert(cases, id) end
local modes = {"PHONE", "VIDEO", "FACE_TO_FACE_PRACTICE", "FACE_TO_FACE_HOME", "TEXT_OR_EMAIL"}
local function enc(s)
  return (s:gsub("([^%w%-_%.~])", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function request()
  local case = cases[math.random(1, #cases)]
  local body = table.concat({
    "_csrf=" .. enc(os.getenv("CSRF")),
    "occurredDay=" .. tonumber(day), "occurredMonth=" .. tonumber(month), "occurredYear=" .. year,
    "mode=" .. modes[math.random(1, #modes)], "durationMinutes=" .. math.random(10, 60), "kindOfWork=CORE",
    "depth=LIGHT", "note=Benchmark+contact", "overCapReason=", "nextDay=", "nextMonth=", "nextYear=",
    "attempt=" }, "&")
  return wrk.format("POST", "/cases/" .. case .. "/contacts", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "PATHWAY_SESSION=" .. os.getenv("SESSION") }, body)
end
function response(status, headers, body)
  if status ~= 302 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + t:get("bad") end
  io.write(string.format("requests %d, non-302 %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", summary.requests, failed,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
