import type { Permission } from '@concordat/domain';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IS_PUBLIC } from '../../src/platform/auth/public.decorator.js';
import { REQUIRED_PERMISSION } from '../../src/platform/auth/require-permission.decorator.js';

export interface RouteEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Nest/Fastify form, e.g. `/api/agreements/:id`. */
  path: string;
  /** OpenAPI form, e.g. `/api/agreements/{id}`. */
  openApiPath: string;
  isPublic: boolean;
  permission?: Permission;
}

const METHODS: Partial<Record<RequestMethod, RouteEntry['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

function pathsOf(metadata: unknown): string[] {
  if (Array.isArray(metadata)) return metadata.filter((each) => typeof each === 'string');
  return typeof metadata === 'string' ? [metadata] : [''];
}

function join(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '')
    .join('/');
  return `/${joined}`;
}

/**
 * Every route of the running app, read from Nest's own metadata (controllers, their paths,
 * @Public and @RequirePermission), so a new route joins the access tests without anyone
 * listing it. The metadata lookup mirrors the guards' (handler first, then class).
 */
export function routeTable(app: NestFastifyApplication): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (controller === null) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
        const method = METHODS[requestMethod as RequestMethod];
        if (method === undefined) continue;
        const meta = (key: string): unknown =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const permission = meta(REQUIRED_PERMISSION) as Permission | undefined;
        for (const base of pathsOf(Reflect.getMetadata(PATH_METADATA, controller)))
          for (const own of pathsOf(Reflect.getMetadata(PATH_METADATA, handler))) {
            const path = join(base, own);
            routes.push({
              method,
              path,
              openApiPath: path.replace(/:(\w+)/g, '{$1}'),
              isPublic: meta(IS_PUBLIC) === true,
              ...(permission !== undefined ? { permission } : {}),
            });
          }
      }
    }
  }
  return routes;
}

/** The route's path with every parameter filled in (a UUID: guards run before any lookup). */
export function concretePath(route: RouteEntry, value = '00000000-0000-4000-8000-000000000000') {
  return route.path.replace(/:(\w+)/g, value);
}
