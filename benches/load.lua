-- The request mix of benches/load.sh, for wrk. ERRCAT_LOAD_MODE=check (the default)
-- sends every error route, panics and bad JSON included, and checks every response;
-- ERRCAT_LOAD_MODE=overhead sends the same routes but the panic (which, without
-- errcat's layer, drops the connection) and checks nothing.

local mode = os.getenv("ERRCAT_LOAD_MODE") or "check"

local function json()
  return { ["Content-Type"] = "application/json" }
end

local mix = {
  { "GET", "/widgets/sprocket" },
  { "GET", "/widgets/gear" },
  { "GET", "/woks/w1", { ["x-request-id"] = "load-echo-1" } },
  { "GET", "/status", { ["x-request-id"] = "hostile id, with spaces" } },
  { "GET", "/limited" },
  { "GET", "/storage" },
  { "POST", "/widgets", json(), '{"name":1,"size":2}' },
  { "POST", "/widgets", json(), "{" },
  { "POST", "/widgets", json(), '{"name":"' .. string.rep("x", 2000) .. '","size":1}' },
  { "GET", "/search?limit=lots" },
  { "DELETE", "/status" },
  { "GET", "/no/such/route", { ["x-request-id"] = string.rep("a", 200) } },
}
if mode == "check" then
  table.insert(mix, { "GET", "/panic" })
end

local requests = {}
for _, r in ipairs(mix) do
  requests[#requests + 1] = wrk.format(r[1], r[2], r[3], r[4])
end

local n = 0
function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

-- The codes each status may carry, as the service's document lists them.
local codes = {
  [400] = { CP_BAD_JSON = true },
  [404] = { SVC_WIDGET_NOT_FOUND = true, CP_PROJECT_NOT_FOUND = true, CP_ROUTE_NOT_FOUND = true },
  [405] = { CP_METHOD_NOT_ALLOWED = true },
  [413] = { SVC_BODY_TOO_LARGE = true },
  [429] = { SVC_RATE_LIMITED = true },
  [500] = { SVC_STORAGE_FAILED = true, CP_DB_QUERY_FAILED = true },
  [503] = { CP_STATUS_STALE = true },
}

-- Why a response is wrong, or nil.
local function problem(status, headers, body)
  local id = headers["x-request-id"]
  if not id then
    return "no x-request-id header"
  end
  if #id > 128 or not id:match("^[%w%._:%-]+$") then
    return "a header id that is not valid: " .. id
  end
  if status == 200 then
    if body ~= '{"name":"gear","size":3}' then
      return "200 with " .. body
    end
    return nil
  end
  local allowed = codes[status]
  if not allowed then
    return "status " .. status .. ": " .. body
  end
  local code = body:match('^{"error":{"code":"([%u_]+)","message":"')
  if not code or not allowed[code] then
    return status .. " with " .. body
  end
  if body:sub(-2) ~= "}}" then
    return "an incomplete envelope: " .. body
  end
  if not body:find('"correlation_id":"' .. id .. '"', 1, true) then
    return "body id is not the header id " .. id .. ": " .. body
  end
  if body:find("canary", 1, true) then
    return "a source error's text in the body: " .. body
  end
  if status == 503 and headers["retry-after"] ~= "5" then
    return "503 without Retry-After: 5"
  end
  return nil
end

if mode == "check" then
  checked, bad, sample = 0, 0, ""
  function response(status, headers, body)
    checked = checked + 1
    local key = "status_" .. status
    _G[key] = (_G[key] or 0) + 1
    local why = problem(status, headers, body)
    if why then
      bad = bad + 1
      if sample == "" then
        sample = why
      end
    end
  end
end

local statuses = { 200, 400, 404, 405, 413, 429, 500, 503 }

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p99_us=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), errors))
  if mode ~= "check" then
    return
  end
  local total_checked, total_bad = 0, 0
  local by_status = {}
  for _, thread in ipairs(threads) do
    total_checked = total_checked + thread:get("checked")
    total_bad = total_bad + thread:get("bad")
    for _, status in ipairs(statuses) do
      by_status[status] = (by_status[status] or 0) + (thread:get("status_" .. status) or 0)
    end
    local s = thread:get("sample")
    if s ~= "" then
      io.write("BAD " .. s .. "\n")
    end
  end
  local parts = {}
  for _, status in ipairs(statuses) do
    parts[#parts + 1] = status .. "=" .. by_status[status]
  end
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
  io.write(string.format("CHECKED checked=%d bad=%d\n", total_checked, total_bad))
end
