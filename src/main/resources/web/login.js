'use strict';
document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const r = await fetch('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ secret: document.getElementById('secret').value }) });
  if (r.ok) { location.href = '/'; } else { document.getElementById('login-error').textContent = 'That is not the secret.'; }
});
