import { redirect } from 'next/navigation'
import type { ServerProps } from 'payload'

import { hasRole } from '../../../access/roles'
import { BookingDesk } from './BookingDesk'

/**
 * Above the admin dashboard: staff go straight to the booking requests (their whole job);
 * admins see the desk panel on the dashboard.
 */
export async function DeskDashboard(props: Pick<ServerProps, 'payload' | 'user' | 'i18n'>) {
  if (props.user && hasRole(props.user, 'staff') && !hasRole(props.user, 'admin')) redirect('/admin/collections/bookings')
  return <BookingDesk {...props} />
}
