export * from './councils.module';
export * from './councils.service';
export * from './council.policies';
export * from './membership/membership.service';
export * from './membership/council-membership.entity';
export * from './sortition/draw';
export * from './charter';
export * from './councils.errors';
