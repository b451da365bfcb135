export * from './dashboard.queries.js';
export * from './dashboard.views.js';
