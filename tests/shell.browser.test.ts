import { expect, it } from 'vitest';
import { describeWithBrowser } from './support/browser.ts';
import { useSiteInBrowser } from './support/site-in-browser.ts';

describeWithBrowser('page shell in Chromium', () => {
  const site = useSiteInBrowser();

  it('shows the site name, and the skip link moves focus to main', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await expect(page.locator('header .brand').innerText()).resolves.toBe('Kế hoạch mở');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Bỏ qua');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
  });

  it('submits the header search as a plain GET form to /tim-kiem/', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    await page.fill('#site-search', 'tai chinh');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=tai\+chinh/);
  });
});
