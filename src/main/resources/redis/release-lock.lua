-- Releases a session lease only if it is still ours.
-- KEYS[1] = lock key; ARGV[1] = owner "instance|token"
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
