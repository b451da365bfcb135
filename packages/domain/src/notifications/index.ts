export * from './notification-kinds.js';
export * from './notification.views.js';
export * from './notification.schemas.js';
export * from './notification-links.js';
