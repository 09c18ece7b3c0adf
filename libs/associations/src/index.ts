export * from './associations.module';
export * from './associations.service';
export * from './association.policies';
export * from './associations.errors';
export * from './rules/association-status';
export { ASSOCIATION_FIELDS, ASSOCIATION_STATUSES } from './association.entity';
export type { AssociationField, AssociationStatus } from './association.entity';
export { AssociationFieldGql } from './association.inputs';
export { Association as AssociationType } from './association.types';
