export * from './transparency.module';
export * from './audit/audit.service';
export * from './audit/audit-entry.entity';
export * from './audit/rules/audit-visibility';
export * from './audit/rules/audit-chain';
export * from './audit/audit.types';
export * from './accountability/accountability.service';
export * from './accountability/accountability.types';
