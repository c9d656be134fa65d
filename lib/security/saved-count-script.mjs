// The header's saved count, painted before the page is: a tiny inline script right after the
// badge copies this browser's last known count (localStorage, written by the SavedCount
// component from the server's answer) onto it. The HTML itself holds no visitor data, so catalog
// pages stay cacheable for everyone. Plain JavaScript because page-policy.mjs reads it.
//
// Per-request pages allow it by this hash (their policy is nonce-based); cached pages hash their
// inline scripts themselves. tests/lib/page-policy.test.ts checks the hash is the script's.

export const SAVED_COUNT_KEY = 'pc-saved-count';

export const SAVED_COUNT_SCRIPT =
  '(function(b){try{var n=localStorage.getItem("pc-saved-count");' +
  'if(b&&n&&/^[1-9][0-9]{0,3}$/.test(n))b.setAttribute("data-count",n)}catch(e){}})(document.currentScript.previousElementSibling)';

export const SAVED_COUNT_SCRIPT_HASH = "'sha256-iW63iGtF4+40LDLw6NLLNdFxsX/6IxEBW6QJlowuYLU='";
