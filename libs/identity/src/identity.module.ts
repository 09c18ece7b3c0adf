import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, RateLimiter } from '@quorum/core';
import { OutboxModule } from '@quorum/outbox';
import { AccountDirectoryRepository } from './accounts/account-directory.repository';
import { AccountRepository } from './accounts/account.repository';
import { AccountTokenRepository } from './accounts/account-token.repository';
import { AccountDirectoryResolver } from './accounts/account-directory.resolver';
import { AccountDirectoryService } from './accounts/account-directory.service';
import { AccountRolesResolver } from './accounts/account-roles.resolver';
import { AccountRolesService } from './accounts/account-roles.service';
import { AccountResolver } from './accounts/account.resolver';
import { AccountService } from './accounts/account.service';
import { AccountTokenService } from './accounts/account-token.service';
import { PersonalDataService } from './accounts/personal-data.service';
import { SchemaRepository } from './accounts/schema.repository';
import { PasswordService } from './auth/password.service';
import { SessionRepository } from './auth/session.repository';
import { SessionService } from './auth/session.service';
import { ACCESS_TOKEN_ALGORITHM, TokenService } from './auth/token.service';
import { AuthorizationGuard } from './authorization/authorization.guard';
import { FieldAuthorization } from './authorization/field-authorization';
import { CensusClaimsRepository } from './residency/census-claims.repository';
import { CensusImportRepository } from './residency/census-import.repository';
import { ResidencyPersonalData } from './residency/residency-personal-data';
import { ResidencyResolver } from './residency/residency.resolver';
import { ResidencyService } from './residency/residency.service';

const jwt = JwtModule.registerAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({
    // A KeyObject made once: given the string, jsonwebtoken builds one on every sign and verify
    // (trying it as a public key first), a sixth of the main thread under supports.
    secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
    signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM, issuer: 'quorum', audience: 'quorum-api' },
    verifyOptions: {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: 'quorum',
      audience: 'quorum-api',
    },
  }),
});

/** The API's side of identity: accounts, sessions, residency, and the authorization guard. */
@Module({
  imports: [jwt, OutboxModule, DiscoveryModule],
  providers: [
    AccountService,
    AccountRepository,
    AccountRolesService,
    AccountDirectoryService,
    AccountDirectoryRepository,
    AccountTokenService,
    AccountTokenRepository,
    PasswordService,
    SessionService,
    SessionRepository,
    TokenService,
    PersonalDataService,
    SchemaRepository,
    ResidencyService,
    CensusClaimsRepository,
    CensusImportRepository,
    ResidencyPersonalData,
    RateLimiter,
    AuthorizationGuard,
    FieldAuthorization,
    AccountResolver,
    AccountRolesResolver,
    AccountDirectoryResolver,
    ResidencyResolver,
  ],
  // RateLimiter: one Redis connection for every bucket, the app's own resolvers' (verifyAuditChain) included.
  exports: [
    AuthorizationGuard,
    FieldAuthorization,
    TokenService,
    SessionService,
    PasswordService,
    RateLimiter,
  ],
})
export class IdentityModule {}
