export { type DayOff, dayOffName, daysOff } from './holidays.js';
export {
  addDays,
  type Countdown,
  calendarDaysBetween,
  countdown,
  formatLongDate,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  todayIn,
  weekdayName,
  workingDaysBefore,
  workingDaysBetween,
} from './working-days.js';
