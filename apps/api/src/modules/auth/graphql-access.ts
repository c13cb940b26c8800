import type { ApolloDriverConfig } from '@nestjs/apollo';
import { message } from '@kensho/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { Actor } from '../../common/auth/actor';
import { langOf } from '../../common/i18n/lang';
import { GRAPHIQL_CSP } from '../../common/http/security-headers';
import { SessionsService } from './sessions.service';

/** Apollo's plugin type as the Nest driver declares it (its ESM copy of @apollo/server's types). */
type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];
type WithActor = Request & { actor?: Actor | null; id?: unknown };

/** The caller of a request, read once (the AuthGuard reuses it). */
async function actorOf(sessions: SessionsService, req: WithActor): Promise<Actor | null> {
  if (req.actor === undefined) req.actor = await sessions.actorFromRequest(req);
  return req.actor;
}

/**
 * Outside production: introspection (`__schema`, `__type`) only for a signed-in caller. (Production
 * turns it off for everyone: Apollo's `introspection: false`.) The web client's codegen reads the
 * committed schema.gql, not the live schema.
 */
export function introspectionForSignedIn(sessions: SessionsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length === 0) return;
          const { req } = contextValue as { req: WithActor };
          if (await actorOf(sessions, req)) return;
          throw new GraphQLError(message('UNAUTHENTICATED', langOf(req)), {
            extensions: { code: 'UNAUTHENTICATED', requestId: String(req.id ?? ''), http: { status: 401 } },
          });
        },
      };
    },
  };
}

/**
 * In production GraphQL's "Did you mean …?" would list the schema's names to anyone probing it: the
 * suggestions are cut from every error message (validation and variable errors alike).
 */
export const hideSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const e of errors) {
          const trimmed = e.message.replace(/\s*Did you mean [^]*\?$/, '');
          if (trimmed !== e.message) (e as { message: string }).message = trimmed;
        }
      },
    };
  },
};

/**
 * GraphiQL (GET /graphql from a browser, outside production) only for a signed-in user, with the
 * relaxed CSP it needs (its scripts come from unpkg); a signed-out visitor gets UNAUTHENTICATED.
 */
export function graphiqlForSignedIn(sessions: SessionsService): RequestHandler {
  return (req: WithActor, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path !== '/graphql' || !/text\/html/.test(req.headers.accept ?? '')) return next();
    actorOf(sessions, req).then((actor) => {
      if (!actor) {
        res.status(401).json({ code: 'UNAUTHENTICATED', message: message('UNAUTHENTICATED', langOf(req)), requestId: String(req.id ?? '') });
        return;
      }
      res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
      next();
    }, next);
  };
}
