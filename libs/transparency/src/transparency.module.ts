import { Global, Module } from '@nestjs/common';
import { AccountabilityService } from './accountability/accountability.service';
import { AuditService } from './audit/audit.service';

/** The audit trail is written by every domain lib, so its service is available everywhere. */
@Global()
@Module({
  providers: [AuditService, AccountabilityService],
  exports: [AuditService, AccountabilityService],
})
export class TransparencyModule {}
