-- Records an inbound event once. The de-duplication mark, the event (appended to its session's own
-- stream, which keeps the session's events in order) and a wake-up for the workers are written
-- together, so an event is never marked seen without being recorded, nor recorded twice.
-- KEYS[1] = dedupe key, KEYS[2] = wake-up stream (consumer group), KEYS[3] = the session's event stream
-- ARGV[1] = dedupe TTL seconds, ARGV[2] = session id, ARGV[3] = event JSON
if redis.call('set', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then
  local id = redis.call('xadd', KEYS[3], '*', 'event', ARGV[3])
  redis.call('xadd', KEYS[2], '*', 'session', ARGV[2])
  return id
end
return false
