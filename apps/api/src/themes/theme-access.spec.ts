import { THEMES } from '../registries/registry.entity';
import { assertThemeOnPlan, themeOnPlan } from './theme-access';

describe('themes on a plan', () => {
  it('gives Free the first two themes and the paid plans all of them', () => {
    expect(THEMES.filter((theme) => themeOnPlan('free', theme))).toEqual(['classic', 'garden']);
    expect(THEMES.every((theme) => themeOnPlan('standard', theme) && themeOnPlan('premium', theme))).toBe(true);
  });

  it('refuses another theme on Free with 403 plan-limit naming Standard', () => {
    expect(() => assertThemeOnPlan('free', 'garden')).not.toThrow();
    try {
      assertThemeOnPlan('free', 'midnight');
      throw new Error('not refused');
    } catch (error) {
      const problem = error as { getStatus(): number; body: Record<string, unknown> };
      expect(problem.getStatus()).toBe(403);
      expect(problem.body).toMatchObject({ plan: 'free', feature: 'themes', requiredPlan: 'standard', limit: 2 });
      expect(problem.body.detail).toBe('The midnight theme is not part of the Free plan. The Standard plan allows it.');
    }
  });
});
