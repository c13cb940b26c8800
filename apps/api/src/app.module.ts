import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { GraphqlErrorFilter } from './common/errors/graphql-error.filter';
import { formatGraphqlError } from './common/errors/graphql-format-error';
import { createValidationPipe } from './common/errors/validation';
import { requestIdOf } from './common/http/request-scope';
import { createLoaders } from './common/loaders/loaders';
import { unstorableStringsPlugin } from './common/validation/unstorable-strings';
import { APP_CONFIG, type AppConfig } from './config/config';
import { typeormOptions } from './database/typeorm-options';
import { DemoSeeder } from './demo/demo.seeder';
import { AuthModule } from './modules/auth/auth.module';
import { PgThrottlerStorage } from './modules/auth/pg-throttler.storage';
import { addressTracker, loginIdTracker } from './modules/auth/sign-in-throttler.guard';
import { CyclesModule } from './modules/cycles/cycles.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { GroupsModule } from './modules/groups/groups.module';
import { HealthController } from './modules/health/health.controller';
import { MembersModule } from './modules/members/members.module';
import { OrdinanceModule } from './modules/ordinance/ordinance.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { OpinionsModule } from './modules/opinions/opinions.module';
import { SheetsModule } from './modules/sheets/sheets.module';
import { UsersModule } from './modules/users/users.module';
import './common/graphql-enums';

/** Where the committed schema lives; the API rewrites it at boot outside production. */
export const SCHEMA_FILE = join(__dirname, '..', 'schema.gql').replace(/dist[\\/]apps[\\/]api[\\/]/, '');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const webDist = existsSync(join(config.WEB_DIST, 'index.html')) ? config.WEB_DIST : null;
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: requestIdOf,
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'req.body.variables.input.password'],
            autoLogging: { ignore: (req) => req.url === '/health' || !!req.url?.startsWith('/assets/') },
          },
        }),
        TypeOrmModule.forRoot(typeormOptions(databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (db: DataSource) => ({
            autoSchemaFile: config.NODE_ENV === 'production' ? true : SCHEMA_FILE,
            sortSchema: true,
            graphiql: config.NODE_ENV !== 'production',
            includeStacktraceInErrorResponses: false,
            // Errors raised before any resolver (syntax, variables, CSRF) get the one shape too.
            formatError: formatGraphqlError,
            plugins: [unstorableStringsPlugin],
            // Errors of relation fields go through GraphqlErrorFilter too (Nest applies no enhancer to
            // field resolvers unless told): no raw message, always a code and the request id.
            fieldResolverEnhancers: ['filters'],
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: createLoaders(db) }),
          }),
        }),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (db: DataSource) => ({
            storage: new PgThrottlerStorage(() => db),
            throttlers: [
              { name: 'account', ttl: config.SIGNIN_WINDOW_SECONDS * 1000, limit: config.SIGNIN_LIMIT_PER_ACCOUNT, getTracker: loginIdTracker },
              { name: 'address', ttl: config.SIGNIN_WINDOW_SECONDS * 1000, limit: config.SIGNIN_LIMIT_PER_ADDRESS, getTracker: addressTracker },
            ],
          }),
        }),
        ...(webDist ? [ServeStaticModule.forRoot({ rootPath: webDist, exclude: ['/graphql{*path}', '/health{*path}', '/api/{*path}'] })] : []),
        AuthModule,
        UsersModule,
        DepartmentsModule,
        OrdinanceModule,
        CyclesModule,
        ProjectsModule,
        MembersModule,
        GroupsModule,
        SheetsModule,
        OpinionsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        DemoSeeder,
      ],
      exports: [APP_CONFIG],
    };
  }
}
