import { join } from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { GraphqlErrorFilter } from './common/errors/graphql-error.filter';
import { formatGraphqlError } from './common/errors/graphql-format-error';
import { createValidationPipe } from './common/errors/validation';
import { QUERY_LIMIT_RULES, QUERY_PARSE_OPTIONS } from './common/limits/query-limits';
import { logStream, readableHttpMessages, resolveLogFormat } from './common/logging/log-output';
import { errSerializer } from './common/logging/redact';
import { requestIdOf } from './common/http/request-scope';
import { createLoaders } from './data/loaders';
import { WorkflowRunner } from './common/workflow/runner';
import { unstorableStringsPlugin } from './common/validation/unstorable-strings';
import { APP_CONFIG, type AppConfig } from './config/config';
import { typeormOptions } from './database/typeorm-options';
import { DemoSeeder } from './demo/demo.seeder';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { hideSuggestions, introspectionForSignedIn } from './modules/auth/graphql-access';
import { SessionsService } from './modules/auth/sessions.service';
import { CyclesModule } from './modules/cycles/cycles.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { GroupsModule } from './modules/groups/groups.module';
import { HomeModule } from './modules/home/home.module';
import { HealthController } from './modules/health/health.controller';
import { MembersModule } from './modules/members/members.module';
import { OrdinanceModule } from './modules/ordinance/ordinance.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { OpinionsModule } from './modules/opinions/opinions.module';
import { ResponsesModule } from './modules/responses/responses.module';
import { SheetsModule } from './modules/sheets/sheets.module';
import { UsersModule } from './modules/users/users.module';
import { WebClientModule } from './modules/web/web-client.module';
import './common/graphql-enums';

/** Where the committed schema lives; the API rewrites it at boot outside production. */
export const SCHEMA_FILE = join(__dirname, '..', 'schema.gql').replace(/dist[\\/]apps[\\/]api[\\/]/, '');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const logFormat = resolveLogFormat(config.LOG_FORMAT);
    const http = {
      level: config.LOG_LEVEL,
      genReqId: requestIdOf,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'req.body.variables.input.password'],
      // a logged error's fields (a failed statement's SQL parameters) without secrets or large values
      serializers: { err: errSerializer },
      autoLogging: { ignore: (req: { url?: string }) => req.url === '/health' || !!req.url?.startsWith('/assets/') },
    };
    const stream = logStream(logFormat);
    return {
      module: AppModule,
      global: true,
      imports: [
        // JSON lines, or readable ones on a terminal (common/logging/log-output.ts)
        LoggerModule.forRoot({ pinoHttp: stream ? [{ ...http, ...readableHttpMessages }, stream] : http }),
        TypeOrmModule.forRoot(typeormOptions(databaseUrl, { timeouts: config })),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource, SessionsService],
          useFactory: (db: DataSource, sessions: SessionsService) => ({
            autoSchemaFile: config.NODE_ENV === 'production' ? true : SCHEMA_FILE,
            sortSchema: true,
            // Production: no GraphiQL, no introspection, no "Did you mean …?"; elsewhere GraphiQL and
            // introspection for signed-in users only (bootstrap.ts gates the GraphiQL page).
            graphiql: config.NODE_ENV !== 'production',
            introspection: config.NODE_ENV !== 'production',
            includeStacktraceInErrorResponses: false,
            // Errors raised before any resolver (syntax, variables, CSRF) get the one shape too.
            formatError: formatGraphqlError,
            plugins: [unstorableStringsPlugin, config.NODE_ENV === 'production' ? hideSuggestions : introspectionForSignedIn(sessions)],
            // Errors of relation fields go through GraphqlErrorFilter too (Nest applies no enhancer to
            // field resolvers unless told): no raw message, always a code and the request id.
            fieldResolverEnhancers: ['filters'],
            // What one request may cost, refused before anything runs (common/limits/query-limits.ts).
            parseOptions: QUERY_PARSE_OPTIONS,
            validationRules: QUERY_LIMIT_RULES,
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: createLoaders(db) }),
          }),
        }),
        WebClientModule.forRoot(config.WEB_DIST),
        AuthModule,
        UsersModule,
        AuditModule,
        DepartmentsModule,
        OrdinanceModule,
        CyclesModule,
        ProjectsModule,
        MembersModule,
        GroupsModule,
        SheetsModule,
        HomeModule,
        OpinionsModule,
        ResponsesModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        DemoSeeder,
        WorkflowRunner,
      ],
      exports: [APP_CONFIG, WorkflowRunner],
    };
  }
}
