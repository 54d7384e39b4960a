// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { boot } from './boot.js';
import { fakeRuntime } from './testing/fakes.js';
import { manualTimers } from './testing/manual-timers.js';

describe('a shell whose registry cannot be read', () => {
  it('shows the layout with an alert and a Retry that reloads, and starts nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<div id="tessera-root"></div>';
    const singleSpa = {
      registerApplication: vi.fn(),
      mountRootParcel: vi.fn(),
      navigateToUrl: vi.fn(),
      start: vi.fn(),
    };
    const reload = vi.fn();
    const win = Object.create(window, { location: { value: { reload } } }) as Window;
    await boot({
      win,
      singleSpa,
      createRuntime: () => fakeRuntime(async () => ({})),
      fetchJson: async () => {
        throw new Error('GET /registry.json answered 503');
      },
      timers: manualTimers(),
      random: () => 0,
      afterPaint: async () => undefined,
    });
    const alert = document.querySelector('#tessera-slot-main [role="alert"]');
    expect(alert?.textContent).toContain('Tessera News is unavailable right now.');
    alert!.querySelector('button')!.click();
    expect(reload).toHaveBeenCalled();
    expect(singleSpa.start).not.toHaveBeenCalled();
    expect(document.querySelector('a.t-brand')).not.toBeNull();
  });
});
