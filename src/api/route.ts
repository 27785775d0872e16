import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from './api-error.js';

/** One API route: its inputs as zod schemas (validated, and written into the OpenAPI document). */
export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: Q;
  readonly params?: P;
  readonly body?: B;
  /** Write endpoints need a bearer token. */
  readonly auth?: boolean;
  /** What a 200 answers, in words (the OpenAPI description of the response). */
  readonly returns: string;
  readonly produces?: string;
  readonly handler: (
    input: { query: z.infer<Q>; params: z.infer<P>; body: z.infer<B>; who: string },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => unknown | Promise<unknown>;
}

const EMPTY = z.object({});

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (!schema) return {} as z.infer<T>;
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || where;
    throw new ApiError(400, 'bad-request', `${where} ${path}: ${issue?.message ?? 'invalid'}`, {
      issues: result.error.issues.map((i) => ({ path: [where, ...i.path].join('.'), message: i.message })),
    });
  }
  return result.data;
}

/** Registers routes on the app and returns their OpenAPI path items. */
export class RouteTable {
  readonly specs: RouteSpec<z.ZodType, z.ZodType, z.ZodType>[] = [];

  constructor(
    private readonly app: FastifyInstance,
    private readonly authorize: (request: FastifyRequest) => string,
  ) {}

  add<
    Q extends z.ZodType = typeof EMPTY,
    P extends z.ZodType = typeof EMPTY,
    B extends z.ZodType = typeof EMPTY,
  >(spec: RouteSpec<Q, P, B>): void {
    this.specs.push(spec as unknown as RouteSpec<z.ZodType, z.ZodType, z.ZodType>);
    this.app.route({
      method: spec.method,
      url: spec.url,
      handler: async (request, reply) => {
        const who = spec.auth ? this.authorize(request) : '';
        const input = {
          query: parse(spec.query, request.query, 'query'),
          params: parse(spec.params, request.params, 'path'),
          body: parse(spec.body, request.body, 'body'),
          who,
        };
        return spec.handler(input, request, reply);
      },
    });
  }

  /** The OpenAPI 3.1 document of every route added. */
  openApi(info: { title: string; version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const spec of this.specs) {
      const url = spec.url.replace(/:(\w+)/g, '{$1}');
      const parameters = [...objectParameters(spec.params, 'path'), ...objectParameters(spec.query, 'query')];
      const operation: Record<string, unknown> = {
        summary: spec.summary,
        tags: [spec.tag],
        ...(parameters.length ? { parameters } : {}),
        ...(spec.body
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: z.toJSONSchema(spec.body, { io: 'input', unrepresentable: 'any' }),
                  },
                },
              },
            }
          : {}),
        ...(spec.auth ? { security: [{ bearer: [] }] } : {}),
        responses: {
          200: { description: spec.returns, content: { [spec.produces ?? 'application/json']: {} } },
          400: { $ref: '#/components/responses/Error' },
          ...(spec.auth
            ? { 401: { $ref: '#/components/responses/Error' }, 403: { $ref: '#/components/responses/Error' } }
            : {}),
          429: { $ref: '#/components/responses/Error' },
        },
      };
      paths[url] = { ...paths[url], [spec.method.toLowerCase()]: operation };
    }
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/' }],
      paths,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'a token from `armstrace token create`' },
        },
        responses: {
          Error: {
            description: 'An error: a stable code and a message',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['code', 'message'],
                      properties: {
                        code: { type: 'string' },
                        message: { type: 'string' },
                        issues: { type: 'array' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
  }
}

function objectParameters(schema: z.ZodType | undefined, where: 'query' | 'path'): Record<string, unknown>[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}
