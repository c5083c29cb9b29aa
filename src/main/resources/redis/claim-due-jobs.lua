-- Moves due jobs from the schedule into the inbox atomically, so one replica gets each job.
-- KEYS[1] = jobs sorted set (score = due epoch ms), KEYS[2] = inbox stream; ARGV[1] = now ms, ARGV[2] = max jobs
local due = redis.call('zrange', KEYS[1], '-inf', ARGV[1], 'BYSCORE', 'LIMIT', 0, tonumber(ARGV[2]))
for _, job in ipairs(due) do
  redis.call('zrem', KEYS[1], job)
  local event = cjson.decode(job)
  redis.call('xadd', KEYS[2], '*', 'session', event['sessionId'], 'event', job)
end
return #due
