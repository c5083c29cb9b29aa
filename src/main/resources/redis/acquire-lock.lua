-- Takes a session lease. A lease held by an instance whose heartbeat has expired is taken over,
-- so a crashed replica never blocks a session for longer than its heartbeat lives.
-- KEYS[1] = lock key; ARGV[1] = owner "instance|token", ARGV[2] = lease ms, ARGV[3] = heartbeat key prefix
local current = redis.call('get', KEYS[1])
if current and current ~= ARGV[1] then
  local instance = string.match(current, '^([^|]+)|')
  if instance and redis.call('exists', ARGV[3] .. instance) == 1 then
    return 0
  end
end
redis.call('set', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
return 1
