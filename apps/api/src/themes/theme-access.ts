import { msg } from '../common/problem/problem';
import { planLimitProblem, planOf } from '../plans/plans';
import { THEMES, type Theme } from '../registries/registry.entity';

/** Whether a plan may use a theme: the plan's `limits.themes` first themes of THEMES (all of them when null). */
export function themeOnPlan(plan: string, theme: Theme): boolean {
  const allowed = planOf(plan).limits.themes;
  return allowed === null || THEMES.indexOf(theme) < allowed;
}

/** 403 `plan-limit` naming the plan that offers the theme, unless the registry's plan already does. */
export function assertThemeOnPlan(plan: string, theme: Theme): void {
  if (themeOnPlan(plan, theme)) return;
  const position = THEMES.indexOf(theme);
  throw planLimitProblem(
    plan,
    'themes',
    (limits) => limits.themes === null || position < limits.themes,
    msg('problems:plans.theme', { theme, plan: planOf(plan).name }),
    planOf(plan).limits.themes ?? undefined,
  );
}
