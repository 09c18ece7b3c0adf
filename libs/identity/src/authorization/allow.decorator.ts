import { SetMetadata } from '@nestjs/common';
import { Policy } from './policy';

export const POLICIES = Symbol('quorum:policies');

/**
 * Declares who may call an operation or read a field: passes when any policy allows. Every
 * resolver method and HTTP route needs one: without it, the guard refuses (default deny).
 */
export const Allow = (...policies: Policy[]) => SetMetadata(POLICIES, policies);
