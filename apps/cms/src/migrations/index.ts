import * as migration_20261123_004153_initial from './20261123_004153_initial';
import * as migration_20261123_014310_previous_slugs from './20261123_014310_previous_slugs';
import * as migration_20261123_022400_bookings from './20261123_022400_bookings';
import * as migration_20261123_035353_staff_desk from './20261123_035353_staff_desk';
import * as migration_20261129_203532_rate_limits from './20261129_203532_rate_limits';
import * as migration_20261129_232311_health_data_access from './20261129_232311_health_data_access';
import * as migration_20261129_233928_two_factor from './20261129_233928_two_factor';
import * as migration_20261130_002903_no_account_lockout from './20261130_002903_no_account_lockout';
import * as migration_20261130_014851_translation_status from './20261130_014851_translation_status';
import * as migration_20261130_022849_erasure_records from './20261130_022849_erasure_records';
import * as migration_20261130_025521_email_outbox from './20261130_025521_email_outbox';

export const migrations = [
  {
    up: migration_20261123_004153_initial.up,
    down: migration_20261123_004153_initial.down,
    name: '20261123_004153_initial',
  },
  {
    up: migration_20261123_014310_previous_slugs.up,
    down: migration_20261123_014310_previous_slugs.down,
    name: '20261123_014310_previous_slugs',
  },
  {
    up: migration_20261123_022400_bookings.up,
    down: migration_20261123_022400_bookings.down,
    name: '20261123_022400_bookings',
  },
  {
    up: migration_20261123_035353_staff_desk.up,
    down: migration_20261123_035353_staff_desk.down,
    name: '20261123_035353_staff_desk',
  },
  {
    up: migration_20261129_203532_rate_limits.up,
    down: migration_20261129_203532_rate_limits.down,
    name: '20261129_203532_rate_limits',
  },
  {
    up: migration_20261129_232311_health_data_access.up,
    down: migration_20261129_232311_health_data_access.down,
    name: '20261129_232311_health_data_access',
  },
  {
    up: migration_20261129_233928_two_factor.up,
    down: migration_20261129_233928_two_factor.down,
    name: '20261129_233928_two_factor',
  },
  {
    up: migration_20261130_002903_no_account_lockout.up,
    down: migration_20261130_002903_no_account_lockout.down,
    name: '20261130_002903_no_account_lockout',
  },
  {
    up: migration_20261130_014851_translation_status.up,
    down: migration_20261130_014851_translation_status.down,
    name: '20261130_014851_translation_status',
  },
  {
    up: migration_20261130_022849_erasure_records.up,
    down: migration_20261130_022849_erasure_records.down,
    name: '20261130_022849_erasure_records',
  },
  {
    up: migration_20261130_025521_email_outbox.up,
    down: migration_20261130_025521_email_outbox.down,
    name: '20261130_025521_email_outbox'
  },
];
