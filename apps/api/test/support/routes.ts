import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { AUTH_DECISION, AuthDecision } from '../../src/common/auth/auth-decision';

export interface Route {
  method: string;
  path: string;
  controller: string;
  handler: string;
  decision: AuthDecision | undefined;
}

/** Every route the app serves, read from the controllers' metadata, with its auth decision (method beats class). */
export function routeTable(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const base = normalize(Reflect.getMetadata(PATH_METADATA, controller) as string | undefined);
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = normalize(Reflect.getMetadata(PATH_METADATA, handler) as string | undefined);
        routes.push({
          method: RequestMethod[method],
          path: `/api${base}${path}`.replace(/:(\w+)/g, '{$1}') || '/api',
          controller: controller.name,
          handler: name,
          decision: (Reflect.getMetadata(AUTH_DECISION, handler) ?? Reflect.getMetadata(AUTH_DECISION, controller)) as AuthDecision | undefined,
        });
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function normalize(path: string | undefined): string {
  const trimmed = (path ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}
