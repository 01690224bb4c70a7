-- wrk script for `make soak`: the todos routes, 40% read one, 40% list, 10% create, 10% update,
-- as one member (TOKEN) over the ids LOW..HIGH seeded before the run.
local token = os.getenv("TOKEN")
local low = tonumber(os.getenv("LOW"))
local high = tonumber(os.getenv("HIGH"))
local auth = { ["Authorization"] = "Bearer " .. token }
local json = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }

request = function()
  local roll = math.random(100)
  if roll <= 40 then
    return wrk.format("GET", "/todos/" .. math.random(low, high), auth)
  elseif roll <= 80 then
    return wrk.format("GET", "/todos?limit=20&offset=" .. math.random(0, 500), auth)
  elseif roll <= 90 then
    return wrk.format("POST", "/todos", json, '{"title":"soak"}')
  else
    return wrk.format("PATCH", "/todos/" .. math.random(low, high), json, '{"done":true}')
  end
end
