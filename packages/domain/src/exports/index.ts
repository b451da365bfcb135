export * from './export.schemas.js';
export * from './export.events.js';
export * from './export-scope.js';
export * from './export.manifest.js';
export * from './export.views.js';
