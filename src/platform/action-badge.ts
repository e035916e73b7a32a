import browser from 'webextension-polyfill';

/** `action` in MV3, `browserAction` in Firefox's MV2 build: the one browser difference for the toolbar icon. */
function actionApi(): browser.Action.Static | undefined {
  const b = browser as unknown as { action?: browser.Action.Static; browserAction?: browser.Action.Static };
  return b.action ?? b.browserAction;
}

/** Shows on the tab's toolbar icon how many figures differ (empty when none). */
export async function setDifferenceCount(tabId: number, count: number): Promise<void> {
  const action = actionApi();
  if (!action) return;
  await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
}
