import { Module } from '@nestjs/common';
import { IdentityModule } from '@quorum/identity';
import { AccountabilityResolver } from './accountability.resolver';
import { AuditExportController } from './audit-export.controller';
import { AuditResolver } from './audit.resolver';

/** Transparency's GraphQL operations and the audit export, over libs/transparency's services. */
@Module({
  imports: [IdentityModule],
  controllers: [AuditExportController],
  providers: [AuditResolver, AccountabilityResolver],
})
export class TransparencyApiModule {}
