import type { components } from './schema';

type Schemas = components['schemas'];

// Short names for the shapes the app passes around. All of them come from openapi.yaml.
export type User = Schemas['UserDto'];
export type SignupInput = Schemas['SignupDto'];
export type LoginInput = Schemas['LoginDto'];

export type AccessToken = Schemas['AccessTokenDto'];
export type CreatedAccessToken = Schemas['CreatedAccessTokenDto'];
export type CreateAccessTokenInput = Schemas['CreateAccessTokenDto'];

export type Registry = Schemas['RegistryDto'];
export type RegistrySummary = Schemas['RegistrySummaryDto'];
export type CreateRegistryInput = Schemas['CreateRegistryDto'];
export type UpdateRegistryInput = Schemas['UpdateRegistryDto'];
export type Theme = Registry['theme'];
export type Visibility = Registry['visibility'];

export type Item = Schemas['ItemDto'];
export type CreateItemInput = Schemas['CreateItemDto'];
export type UpdateItemInput = Schemas['UpdateItemDto'];
export type Priority = Item['priority'];
export type ShopLinkSuggestion = Schemas['SuggestionDto'];
export type LinkHealth = Schemas['LinkHealthDto'];

export type GiftList = Schemas['GiftListDto'];
export type GiftListRegistry = Schemas['GiftListRegistryDto'];
export type GiftListItem = Schemas['GiftListItemDto'];

export type CreateReservationInput = Schemas['CreateReservationDto'];
export type ReservationCreated = Schemas['ReservationCreatedDto'];
export type ReservationUndone = Schemas['ReservationUndoneDto'];
export type ReservationUndoPreview = Schemas['ReservationUndoPreviewDto'];
export type ReservationConfirmed = Schemas['ReservationConfirmedDto'];
export type OwnerReservations = Schemas['OwnerReservationsDto'];
export type OwnerReservation = Schemas['OwnerReservationDto'];

export type RegistryOwner = Schemas['RegistryOwnerDto'];
export type PartnerInvitation = Schemas['PartnerInvitationDto'];
export type PartnerInvitationPreview = Schemas['PartnerInvitationPreviewDto'];
export type PartnerInvitationInput = Schemas['CreatePartnerInvitationDto'];

export type Image = Schemas['ImageDto'];
export type ShareInvitationsInput = Schemas['CreateShareInvitationsDto'];
export type ShareInvitations = Schemas['ShareInvitationsDto'];
export type SentShareInvitation = Schemas['SentShareInvitationDto'];

export type ItemKind = Item['kind'];
export type GiftListGiving = Schemas['GiftListGivingDto'];
export type Giving = Schemas['GivingDto'];
export type GivingInput = Schemas['GivingInputDto'];
export type CreatePledgeInput = Schemas['CreatePledgeDto'];
export type PledgeCreated = Schemas['PledgeCreatedDto'];
export type PledgeUndone = Schemas['PledgeUndoneDto'];
export type PledgeUndoPreview = Schemas['PledgeUndoPreviewDto'];
export type Payment = Schemas['PaymentDto'];
export type OwnerPledges = Schemas['OwnerPledgesDto'];
export type OwnerPledge = Schemas['OwnerPledgeDto'];
export type UpdatePledgeInput = Schemas['UpdatePledgeDto'];

export type TrackerEntry = Schemas['TrackerEntryDto'];
export type TrackerPage = Schemas['TrackerPageDto'];
export type TrackerCounts = Schemas['TrackerCountsDto'];
export type TrackerStage = TrackerEntry['stage'];
export type TrackerSummary = Schemas['TrackerSummaryDto'];
export type UpdateTrackerEntryInput = Schemas['UpdateTrackerEntryDto'];
export type CreateOfflineGiftInput = Schemas['CreateOfflineGiftDto'];
export type GuestPage = Schemas['GuestPageDto'];
export type GuestPageReservation = Schemas['GuestPageReservationDto'];
export type GuestPagePledge = Schemas['GuestPagePledgeDto'];
export type UpdateGuestReservationInput = Schemas['UpdateGuestReservationDto'];
export type UpdateGuestPledgeInput = Schemas['UpdateGuestPledgeDto'];
export type GuestLinkAccepted = Schemas['GuestLinkAcceptedDto'];
export type ReminderReservation = Schemas['ReminderReservationDto'];
export type ReminderUnsubscribed = Schemas['ReminderUnsubscribedDto'];
export type OwnerNotify = RegistryOwner['notify'];
export type RegistrySearch = Schemas['RegistrySearchDto'];
export type RegistrySearchResult = Schemas['RegistrySearchResultDto'];

// The admin area (issue 16).
export type AdminUser = Schemas['AdminUserDto'];
export type AdminUserList = Schemas['AdminUserListDto'];
export type UpdateAdminUserInput = Schemas['UpdateAdminUserDto'];
export type AdminRegistry = Schemas['AdminRegistryDto'];
export type AdminRegistryList = Schemas['AdminRegistryListDto'];
export type UpdateAdminRegistryInput = Schemas['UpdateAdminRegistryDto'];
export type AdminAuditEntry = Schemas['AdminAuditEntryDto'];
export type AdminAuditList = Schemas['AdminAuditListDto'];
export type DailyMetrics = Schemas['DailyMetricsDto'];
export type GiftListSuspension = Schemas['GiftListSuspensionDto'];
export type Plans = Schemas['PlansDto'];
export type Plan = Schemas['PlanDto'];
export type PlanId = Plan['id'];
export type Checkout = Schemas['CheckoutDto'];
export type Order = Schemas['OrderDto'];
export type OrdersPage = Schemas['OrdersPageDto'];
export type CustomDomain = Schemas['CustomDomainDto'];
export type DnsRecord = Schemas['DnsRecordDto'];
export type GuestCards = Schemas['GuestCardsDto'];
export type CreateGuestCardsInput = Schemas['CreateGuestCardsDto'];

export type ItemImport = Schemas['ItemImportDto'];
export type ImportRow = Schemas['ImportRowDto'];
export type ImportError = Schemas['ImportErrorDto'];
export type StarterIdeas = Schemas['StarterIdeasDto'];
export type StarterList = Schemas['StarterListDto'];
export type StarterIdea = Schemas['StarterIdeaDto'];
