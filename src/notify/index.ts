export { announceNewReferrals } from './announce.js';
export { type PlanInput, type PlannedNotification, planNotifications } from './planner.js';
export { createDeliveryAdapters, type DeliveryFactory } from './platforms.js';
export { swedishCalendar, type WorkingCalendar } from './points.js';
export {
  type AdminAlert,
  runNotificationTick,
  type TickDeps,
  type TickOptions,
  type TickResult,
} from './runner.js';
export { type Scheduler, type SchedulerOptions, startScheduler } from './scheduler.js';
