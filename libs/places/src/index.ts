export * from './places.module';
export * from './places-worker.module';
export * from './places.service';
export * from './place.entity';
export { MeetingPlace } from './place.types';
export * from './places.errors';
export {
  meetingAccessibility,
  meetingPlaceWarning,
  inaccessibleFeatures,
  FEATURE_FR,
} from './rules/accessibility';
export type { PlaceAccessibilityRow } from './read-views';
