-- Loaded by the other scripts (dofile, from the project's root, where the bench scripts run wrk).
-- THINK_MS (optional): each connection is a user who pauses between half and one and a half times this long before
-- each request, as people do between pages; latencies are measured from sending to answer, without the pause.
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end
