import { TranslationBanner as TranslationBanner_87ef92b849a340011373b49db1954118 } from '../../../translation/components/TranslationBanner'
import { TranslationStatusCell as TranslationStatusCell_d6527391a8df6989b60da8ae5c085cca } from '../../../translation/components/TranslationStatusCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { EmailDeliveryWarning as EmailDeliveryWarning_cbdc3ab2a8afed3d31ab89ce0a3a7ce4 } from '../../../collections/Bookings/components/EmailDeliveryWarning'
import { StatusField as StatusField_3db5b8b4b0a0d71e4ab96d032bc9ced6 } from '../../../collections/Bookings/components/StatusField'
import { ContactPatient as ContactPatient_fd5feb08ad71977e8368d156b6a7db4c } from '../../../collections/Bookings/components/ContactPatient'
import { ScreeningFlagCell as ScreeningFlagCell_3d631725bbbcfbfb80018d1d08d8e5d3 } from '../../../collections/Bookings/components/ScreeningFlagCell'
import { PreferredDatesCell as PreferredDatesCell_4b9e9e108056b1cd594331e3520b20df } from '../../../collections/Bookings/components/PreferredDatesCell'
import { ScreeningAnswerField as ScreeningAnswerField_320d9e8c712750e7666d4a59a048d553 } from '../../../collections/Bookings/components/ScreeningAnswerField'
import { ScreeningAnswerLabel as ScreeningAnswerLabel_f1f5714ada1204024b313a40b9c60420 } from '../../../collections/Bookings/components/ScreeningAnswerLabel'
import { BookingDesk as BookingDesk_39c795235af9325068ff0cca58b79159 } from '../../../collections/Bookings/components/BookingDesk'
import { CurrentPasswordField as CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151 } from '../../../collections/Users/components/CurrentPasswordField'
import { TwoFactorAccountField as TwoFactorAccountField_40849f7b6aa6a997d62c77ca8a98692a } from '../../../collections/Users/components/TwoFactorAccountField'
import { BookingReferencesCell as BookingReferencesCell_518f273c61b11ece3872825805cb0e49 } from '../../../collections/Bookings/components/BookingReferencesCell'
import { DeskDashboard as DeskDashboard_6a98d5b7a6058f3aad19de94b691e379 } from '../../../collections/Bookings/components/DeskDashboard'
import { EditorDashboard as EditorDashboard_81d75ad6b9d27b2ccdeff43d29ef2e88 } from '../../../editorDashboard/EditorDashboard'
import { TwoFactorView as TwoFactorView_bd2b28bbfd329a53769d022daed02881 } from '../../../collections/Users/components/TwoFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/translation/components/TranslationBanner#TranslationBanner": TranslationBanner_87ef92b849a340011373b49db1954118,
  "/translation/components/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_d6527391a8df6989b60da8ae5c085cca,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Bookings/components/EmailDeliveryWarning#EmailDeliveryWarning": EmailDeliveryWarning_cbdc3ab2a8afed3d31ab89ce0a3a7ce4,
  "/collections/Bookings/components/StatusField#StatusField": StatusField_3db5b8b4b0a0d71e4ab96d032bc9ced6,
  "/collections/Bookings/components/ContactPatient#ContactPatient": ContactPatient_fd5feb08ad71977e8368d156b6a7db4c,
  "/collections/Bookings/components/ScreeningFlagCell#ScreeningFlagCell": ScreeningFlagCell_3d631725bbbcfbfb80018d1d08d8e5d3,
  "/collections/Bookings/components/PreferredDatesCell#PreferredDatesCell": PreferredDatesCell_4b9e9e108056b1cd594331e3520b20df,
  "/collections/Bookings/components/ScreeningAnswerField#ScreeningAnswerField": ScreeningAnswerField_320d9e8c712750e7666d4a59a048d553,
  "/collections/Bookings/components/ScreeningAnswerLabel#ScreeningAnswerLabel": ScreeningAnswerLabel_f1f5714ada1204024b313a40b9c60420,
  "/collections/Bookings/components/BookingDesk#BookingDesk": BookingDesk_39c795235af9325068ff0cca58b79159,
  "/collections/Users/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_9837c9cf1651a2227d1afe82cddba151,
  "/collections/Users/components/TwoFactorAccountField#TwoFactorAccountField": TwoFactorAccountField_40849f7b6aa6a997d62c77ca8a98692a,
  "/collections/Bookings/components/BookingReferencesCell#BookingReferencesCell": BookingReferencesCell_518f273c61b11ece3872825805cb0e49,
  "/collections/Bookings/components/DeskDashboard#DeskDashboard": DeskDashboard_6a98d5b7a6058f3aad19de94b691e379,
  "/editorDashboard/EditorDashboard#EditorDashboard": EditorDashboard_81d75ad6b9d27b2ccdeff43d29ef2e88,
  "/collections/Users/components/TwoFactorView#TwoFactorView": TwoFactorView_bd2b28bbfd329a53769d022daed02881,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
