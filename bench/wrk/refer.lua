local threads = {}
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  thread:set("bad", 0)
  table.insert(threads, thread)
end
dofile("bench/wrk/think.lua") -- THINK_MS: pauses between requests, as users make
-- Staff referral submissions: each request a new person and a new one-time submission key. A success is the
-- redirect (302) to the confirmation page. Prints p50/p95/p99 and the count of non-302 answers.
local counter = 0
-- Seeded per run and thread: a second run (or the warm-up) must not repeat the keys of the first, or the
-- "already sent" path and its flash message would be measured instead of new referrals.
function init(args)
  math.randomseed(os.time() * 100 + (tid or 0))
end
local function enc(s)
  return (s:gsub("([^%w%-_%.~])", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function request()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d-%d", os.time(), tid or 0, counter, math.random(1, 1000000000))
  local body = table.concat({
    "_csrf=" .. enc(os.getenv("CSRF")),
    "givenName=Bench", "familyName=" .. enc("Person" .. key),
    "dobDay=" .. math.random(1, 28), "dobMonth=" .. math.random(1, 12), "dobYear=" .. math.random(1930, 1990),
    "nhsNumber=", "sex=FEMALE", "gender=", "ethnicCategory=A", "postcode=" .. enc("TR1 3LJ"),
    "phone=" .. enc("07700 900000"), "email=", "preferredContact=PHONE", "communicationNeeds=", "interpreterLanguage=",
    "gpPracticeId=" .. os.getenv("PRACTICE"), "source=GP", "needs=LONELINESS", "context=Benchmark",
    "urgent=false", "safeguardingConcern=false", "readyToWorkOnGoals=YES", "consentToReferral=true",
    "consentToContact=true", "consentToShareWithGp=true", "serviceId=ICS", "submissionKey=" .. key }, "&")
  return wrk.format("POST", nil, {
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
