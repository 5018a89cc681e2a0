# Pot Commun — English, translated from the French reference.
#
# One message per sentence; blanks are { $name }. See README, "Languages".

## admin

admin-add_tier = Add this price tier
admin-letterhead_help = The name and address appear at the top of the purchase orders given to producers.
admin-new_coordinator = New person in the coordination team
admin-new_tier = New price tier
admin-settings = Association settings
admin-show_full_price = Also show the cost price (producer and costs) next to each household’s price
admin-staff = Coordination and administration
admin-tiers = Price tiers
admin-tiers_help = Each household chooses its price tier: the share of the cost price it pays. Above 100%, it is a supporting price tier.
admin-title = Administration
admin-arabic_digits = Digits on pages in Arabic
admin-digits_latn = Latin digits: 1, 2, 3 (usual in the Maghreb)
admin-digits_arab = Eastern Arabic digits: ١، ٢، ٣

## app

app-description = Group orders of organic and local food, at a fair price for every household.
app-name = Pot Commun

## basket

basket-bar =
    { $count ->
        [one] { $count } product · { $total }
       *[other] { $count } products · { $total }
    }
basket-changed = Your basket has changed since you ordered: confirm it so that your order changes too.
basket-choose = Choose products
basket-confirmed = Your order is confirmed. You can still change it until ordering closes.
basket-empty = Your basket is empty. Find your products in the catalogue and add them with + and −.
basket-less = Remove { $qty }: { $product }
basket-more = Add { $qty }: { $product }
basket-more_products = Add more products
basket-not_offered = Not offered in the current order cycle.
basket-qty_label = { $product }: quantity in { $unit }
basket-repeat = Same as last time
basket-repeat_missing =
    { $count ->
        [one] { $count } product from last time is not offered this time.
       *[other] { $count } products from last time are not offered this time.
    }
basket-repeat_replaces = This replaces what is in your basket.
basket-repeated =
    { $count ->
        [one] Your last order is in the basket ({ $count } product). Check it, then confirm.
       *[other] Your last order is in the basket ({ $count } products). Check it, then confirm.
    }
basket-save_qty = Save the quantity
basket-see = See my basket
basket-step_kept = No network: the change is kept on this phone and will be sent when you confirm.
basket-step_offline = No network: this change is not saved. Try again when the network is back.
basket-title = My basket — { $cycle }
basket-owed = { $amount } is still to pay from last time: it will be asked for at the distribution, with this order.
basket-credit = You have { $amount } paid in advance: it will go towards this order.

## catalogue

catalogue-all_categories = All categories
catalogue-all_labels = All labels
catalogue-by = in steps of { $amount }
catalogue-category = Category
catalogue-decided_by = Chosen by a members’ commission: read the decision
catalogue-label = Label
catalogue-min = minimum { $amount }
catalogue-next = Next page
catalogue-page = Page { $page } of { $pages }
catalogue-pages = Catalogue pages
catalogue-previous = Previous page
catalogue-producer_price = Cost price: { $price }
catalogue-products_found =
    { $count ->
        [one] { $count } product
       *[other] { $count } products
    }
catalogue-search = Search for a product
catalogue-search_placeholder = Search: lentils, honey…
catalogue-search_submit = Search
catalogue-title = Catalogue
catalogue-welcome = Welcome! Your password is saved.
catalogue-place_distance = { $place } ({ $km } km)
catalogue-why_price = Why this price?
catalogue-welcome_join = Join the association: read the charter and accept it

## common

common-loading = Loading…
common-save = Save
common-saved = Saved.
common-search = Search

## coord

coord-active = account active
coord-add_member = Add a person to the household
coord-all_cycles = All cycles
coord-categories = Categories
coord-create_and_invite = Create and get the invitation link
coord-cycles = Cycles
coord-edit_category = Edit the category
coord-edit_pickup_point = Edit the pickup point
coord-edit_producer = Edit the producer
coord-edit_product = Edit the product
coord-email_or_phone_hint = A phone number or an email: the person will use it to log in.
coord-home = To do
coord-home_title = Coordination: to do now
coord-households = Households
coord-inactive = removed from the catalogue
coord-members =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
coord-members_title = People in the household
coord-new_category = New category
coord-new_household = New household
coord-new_link = New link
coord-new_pickup_point = New pickup point
coord-new_producer = New producer
coord-new_product = New product
coord-pending = invitation not used yet
coord-pickup_points = Pickup points
coord-producers = Producers
coord-products = Products
coord-search_households = Search for a household
coord-tasks = Tasks
coord-tier_later = The household will choose it
coord-tier_private = The price tier stays private: only the household and the coordination team see it.
coord-todo_distribute =
    { $n ->
        [one] “{ $cycle }”: { $n } order not handed over yet.
       *[other] “{ $cycle }”: { $n } orders not handed over yet.
    }
coord-todo_nothing = Nothing urgent for now. Cycles, households and the catalogue are in the menu above.
coord-todo_open =
    { $n ->
        [one] “{ $cycle }” takes orders until { $when }: { $n } order so far.
       *[other] “{ $cycle }” takes orders until { $when }: { $n } orders so far.
    }
coord-todo_owed =
    { $n ->
        [one] “{ $cycle }”: { $n } household has not paid everything.
       *[other] “{ $cycle }”: { $n } households have not paid everything.
    }
coord-todo_prepare = “{ $cycle }” opens on { $when } and has no pickup point or pickup time yet: please add them.
coord-todo_receive =
    { $n ->
        [one] “{ $cycle }”: delivery not recorded yet for { $n } ordered product.
       *[other] “{ $cycle }”: delivery not recorded yet for { $n } ordered products.
    }
coord-todo_shifts =
    { $n ->
        [one] “{ $cycle }”: { $n } volunteer shift still needs people.
       *[other] “{ $cycle }”: { $n } volunteer shifts still need people.
    }
coord-tier_option = { $tier } ({ $share }%)

## cycle

cycle-all_products = All products on sale are offered, with their maximum per cycle.
cycle-back = Back to the cycle
cycle-cancel = Cancel this cycle
cycle-cap = Maximum for the cycle ({ $unit })
cycle-close_now = Close orders now
cycle-closes = Orders close: { $when }
cycle-confirm_archived = The cycle goes to the archive: it can no longer be changed.
cycle-confirm_cancel =
    { $orders ->
        [one] { $orders } household has ordered: all orders in the cycle are cancelled and each household gets a message. This cannot be undone.
       *[other] { $orders } households have ordered: all orders in the cycle are cancelled and each household gets a message. This cannot be undone.
    }
cycle-confirm_close =
    { $orders ->
        [one] { $orders } household has ordered. Orders stop right now, not on { $closes }: nobody can order or change their order any more. The purchase orders will be ready at once. You cannot reopen.
       *[other] { $orders } households have ordered. Orders stop right now, not on { $closes }: nobody can order or change their order any more. The purchase orders will be ready at once. You cannot reopen.
    }
cycle-confirm_distributed =
    { $waiting ->
        [one] { $waiting } order is not marked as handed over. After this, the distribution sheet and the delivery record can no longer be changed.
       *[other] { $waiting } orders are not marked as handed over. After this, the distribution sheet and the delivery record can no longer be changed.
    }
cycle-create = Create the cycle
cycle-documents_when = The purchase orders and packing lists will be ready here as soon as orders close, on { $closes }.
cycle-edit = Change the name or the dates
cycle-mark_archived = Archive the cycle
cycle-mark_distributed = Mark as distributed
cycle-moves = Cycle steps
cycle-name_example = December order
cycle-new = New order cycle
cycle-offer = Products offered and maximums for the cycle
cycle-offer_all_producers = All producers
cycle-offer_count =
    { $n ->
        [one] { $n } product ticked
       *[other] { $n } products ticked
    }
cycle-offer_every = Tick all shown
cycle-offer_none = Untick all shown
cycle-offer_producer = Producer
cycle-offer_search = Search for a product
cycle-opens = Orders open: { $when }
cycle-opens_by_itself = It will open by itself on { $opens }; households will be told.
cycle-ordered = already ordered: { $amount }
cycle-orders =
    { $count ->
        [one] { $count } order
       *[other] { $count } orders
    }
cycle-overlap_ok = I know these dates overlap another cycle: create it anyway
cycle-pickups = Pickup points and times
cycle-products =
    { $count ->
        [one] { $count } product offered
       *[other] { $count } products offered
    }
cycle-remove_pickup = Remove this time
cycle-set_pickup = Add this pickup time
cycle-state_archived = archived
cycle-state_cancelled = cancelled
cycle-state_closed = orders closed
cycle-state_distributed = distributed
cycle-state_open = orders open
cycle-state_planned = planned
cycle-window_or = { $first }, or { $next }
cycle-yes_archived = Yes, archive
cycle-yes_cancel = Yes, cancel the cycle and tell households
cycle-yes_close = Yes, close orders now
cycle-yes_distributed = Yes, mark as distributed
cycle-span = { $opens } → { $closes }

## distribution

distribution-bag =
    { $n ->
        [one] In the bag ({ $n } product)
       *[other] In the bag ({ $n } products)
    }
distribution-correct = Correct this payment
distribution-correct_submit = Save the correction
distribution-corrected = Corrected by { $by } on { $when }: { $before } ({ $before_method }) changed to { $paid } ({ $method }). Reason: { $reason }
distribution-done_sentence = Handed over — paid { $paid } ({ $method })
distribution-due = { $household } — to pay: { $amount }
distribution-record = Handed over and paid
distribution-search = Search for a household by name
distribution-still_owed = Still to pay: { $amount }
distribution-till = Till: { $lines }
distribution-till_line = { $method } { $amount }
distribution-title = Distribution sheet
distribution-heading = Distribution sheet — { $cycle }
distribution-done_partial = Handed over — paid { $paid } of { $due } ({ $method })
distribution-settled = { $household } — already paid
distribution-with_owed = Order { $order } + { $amount } still to pay from last time
distribution-with_credit = Order { $order } − { $amount } paid in advance
distribution-done_nothing_paid = Handed over — nothing paid today
distribution-till_counted = Till counted: { $counted } in cash for { $expected } expected (difference { $gap }), by { $by }, { $when }
distribution-count_till = Count the till
distribution-count_once = Count the cash at the end, only once: the figure is kept with your name.
distribution-count_submit = Save the count

## error

error-already_candidate = You are already a candidate in this election.
error-already_ordered = households have already ordered it: it stays in the cycle, with a maximum at least equal to what was ordered
error-already_voted = You have already voted in this election: one ballot per person.
error-back_home = Back to Pot Commun
error-bad_credentials = Wrong phone, email or password.
error-bad_form = The form is incomplete or has expired. Reload the page and try again.
error-ballot_empty = Tick at least one person.
error-ballot_invalid = This ballot is not valid: tick people from the list, each one only once.
error-ballot_too_many = You ticked more people than there are seats.
error-basket_kept = The rest of your basket is kept.
error-busy = The server is very busy: nothing was changed. Try again in a minute.
error-busy_title = One moment, please
error-cap_below_min = this maximum is smaller than the minimum quantity: nobody could order
error-cap_off_step = this maximum does not fit the product’s step: choose a multiple of the step
error-children_not_welcome = This workshop is not open to children.
error-children_range = You can come with 0, 1 or 2 children.
error-choose_tier_first = Before you order, choose your price tier in “My profile”. You choose it yourself, and only the coordination team sees it.
error-closes_before_opens = closing must come after opening
error-closes_in_past = the closing time has already passed
error-confirm_first = Nothing was done: this action cannot be undone, so first confirm it with the “Yes, …” button.
error-contact_taken = This phone number or email is already used by another account.
error-cross_site = This request did not come from a Pot Commun page: nothing was changed. Open Pot Commun directly and try again.
error-cross_site_title = Request refused
error-cycle_already_opened = This cycle has already opened: its name and dates can no longer change.
error-cycle_not_at_distribution = This order can no longer be checked off: the cycle is not at the distribution step.
error-cycle_not_closed = These documents are ready once orders are closed.
error-cycle_not_editable = This cycle can no longer be changed.
error-cycle_not_open = Orders for this cycle are closed.
error-cycle_overlaps = orders are already open or planned on the same dates. Two cycles at the same time share the baskets and the producers’ stock. Change the dates, or tick “create it anyway”.
error-cycle_state_changed = This cycle has changed state in the meantime. Reload the page.
error-cycle_too_long = a cycle lasts 90 days at most
error-datetime_invalid = date or time not valid
error-election_dates = Voting must start later than today and end after it starts (at most 120 days from now).
error-email_invalid = this email address is not valid
error-email_or_phone = give at least a phone number or an email
error-end_before_start = The end must come after the start.
error-forbidden = This page is for the coordination team only.
error-hours_range = write a whole number of hours, from 0 to 336 (two weeks)
error-household_tier_missing = This household has not chosen its price tier yet: ask them which one, then enter it on the household’s page before you take their order.
error-idea_elsewhere = this idea was not sent to this commission: a proposal can only take up an idea from its own commission
error-internal = Something went wrong on our side. Try again in a moment.
error-internal_title = Something went wrong
error-invalid_chars = this text contains characters that are not allowed
error-invitation_used = This invitation link has already been used or has expired. Ask the coordination team for a new one.
error-min_multiple_of_step = the minimum must be a multiple of the step (for example step 0.5 and minimum 1)
error-minutes_range = write a whole number of minutes, from 0 to 10,080 (one week)
error-name_taken = This name already exists.
error-needed_below_taken = More people have already signed up: remove some first.
error-needed_range = Enter a number of people between 1 and 50.
error-no_household = This account is not linked to any household.
error-no_last_order = You do not have a past order to repeat yet.
error-not_found = This page does not exist, or no longer exists.
error-not_in_candidacy = You cannot stand as a candidate in this election right now.
error-not_seated = You do not have a seat on this commission.
error-not_voting_time = Voting is not open right now.
error-nothing_to_copy = Nothing to copy: this cycle already has shifts, or no other cycle has any.
error-number_invalid = enter a whole number
error-offline = No internet connection: nothing was sent. What you typed stays on this phone; try again when the network is back.
error-password_mismatch = the two passwords are different
error-password_short = at least 8 characters
error-phone_invalid = this phone number is not valid
error-photo_url = the photo address must start with https:// or /
error-pickup_already_recorded = This handover is already recorded: nothing was changed. To correct the amount or the payment method, ask the coordination team.
error-pickup_before_close = pickup must be after orders close
error-pickup_chosen = Households have already chosen this place and this is its only time: first add another time, then remove this one.
error-pickup_not_correctable = This handover cannot be corrected: it is not recorded yet, the cycle is no longer at distribution, or someone corrected it in the meantime. Reload the page.
error-pickup_required = choose where to pick up your order
error-places_range = Enter a number of places between 1 and 200.
error-price_invalid = write a price like 2.35
error-price_negative = the price cannot be negative
error-price_required = the price is required
error-price_too_high = this price is too high (€10,000 at most)
error-product_not_in_cycle = A product in your basket is not offered in this cycle. Reload the page.
error-product_not_ordered = Nobody ordered this product in this cycle.
error-proposal_altered = This proposal was changed after it opened: it can no longer be voted on. The coordination team has been told through the log.
error-proposal_dates = Leave at least one hour for voting, and at most 60 days.
error-push_device_taken = This phone gets notifications for another account: that person must first remove it from their list.
error-push_subscription = This phone sent a subscription that cannot be read. Try again, or use another browser.
error-qty_at_least = you need to take at least { $qty }
error-qty_at_most = the limit is { $qty } per household
error-qty_below_min = the quantity is below the minimum
error-qty_invalid = write a quantity like 0.5 or 2
error-qty_multiple_of = the quantity must be a multiple of { $qty }
error-qty_negative = the quantity cannot be negative
error-qty_off_step = the quantity does not follow the product’s step
error-qty_over_household_cap = this is more than the maximum per household
error-qty_required = the quantity is required
error-qty_too_big = this quantity is too big
error-rate_limited = Too many tries in a row: wait a few minutes before you try again. Forgot your password? Ask the coordination team for a new link.
error-reason_required = Say in a few words why the workshop is declined.
error-required = this field is required
error-secret_vote_elsewhere = You have already voted by secret ballot, and this device does not have the receipt for that vote: it cannot be changed from here. Only the device you voted with can change it, until voting ends.
error-several = Nothing was saved. Please correct:
error-share_range = between 1 and 300%
error-shift_already_in = You have already signed up for this shift.
error-shift_full = This shift is full. Choose another one: there is surely one left that suits you.
error-shift_in_past = This shift would already be over.
error-shift_not_signed_up = This person has not signed up for this shift.
error-shift_not_started = Attendance is recorded once the shift has started.
error-shift_overlap = You already have a shift at that time.
error-shift_started = This shift has already started.
error-shift_too_late_to_withdraw = The shift starts soon: to withdraw, call the coordination team.
error-shift_too_long = A shift lasts 12 hours at most.
error-sold_out = { $product }: only { $left } left.
error-stale_form = This product, its producer or its category has changed in the meantime. Reload the page.
error-step_positive = must be greater than zero
error-step_whole_unit = this product is sold by the piece: no fractions
error-table_not_yet = The distribution sheet opens for you on { $when }, two hours before your shift at the table. Come back then.
error-tier_name_taken = A price tier already has this name.
error-too_long = this text is too long
error-too_many_devices = This account already gets notifications on 10 devices: remove one from the list before you add this one.
error-too_many_lines = Your basket has too many different products.
error-unauthenticated = Log in to continue.
error-unknown_choice = this choice does not exist
error-unknown_unit = this unit does not exist
error-vote_closed = Voting on this proposal is closed.
error-window_ends_before_start = the end must come after the start
error-workshop_already_in = You have already signed up for this workshop.
error-workshop_full = The workshop is full. You can sign up for the waiting list.
error-workshop_in_past = The workshop must take place later.
error-workshop_not_open = This workshop is not open for sign-up (not approved yet, cancelled, or already started).
error-workshop_not_proposed = This workshop has already been approved or declined.
error-workshop_not_signed_up = You have not signed up for this workshop.
error-workshop_not_started = Attendance is recorded once the workshop has started, for people who signed up.
error-workshop_too_long = A workshop lasts 12 hours at most.
error-wrong_password = this is not your current password
error-field_problem = { $field }: { $problem }
error-line_problem = { $product }: { $problem }
error-till_counted = This till has already been counted.
error-percent_required = Enter a percentage.
error-percent_invalid = This percentage cannot be read: write for example 7.5.
error-percent_range = The percentage must be more than 0 and at most 100.
error-cost_zero = A cost of €0 changes nothing: enter an amount.
error-amount_zero = Enter an amount greater than 0.
error-amount_too_high = This amount is too high (€10,000 at most).
error-reversal_of_reversal = A cancellation cannot be cancelled: record the transaction again.
error-already_reversed = This transaction is already cancelled.
error-account_code = An account number: digits and letters, no spaces, 20 at most.
error-renewal_date = Write the date like 09-01 (month-day).
error-fee_is_set = The association sets the membership fee.
error-fee_below_minimum = The membership fee cannot be lower than the minimum.
error-date_invalid = This date cannot be read.
error-period_invalid = The period must go from one day to a later day, over three years at most.
error-membership_lapsed = Your household’s membership has ended: renew it in “My account” to order.
error-membership_current = This household is already a member for this period.
error-charter_changed = The charter has just changed: read it again before you accept it.
error-charter_not_accepted = Tick the box to accept the charter.
error-invoice_paid = This invoice is already paid: it can no longer change.
error-invoice_not_payable = Save the invoice first (or it is already paid).
error-account_owes = Your household still owes money: the association asks for it to be paid before a new order. See “My account”.

## field

field-access_notes = How to get in (floor, door, accessibility)
field-active = On sale in the catalogue
field-address = Address
field-association_address = Association’s address
field-association_name = Association’s name
field-attended = Attendance
field-bring = What to bring (optional)
field-cancel_message = Message to the people who signed up
field-cap_cycle = Maximum per cycle (empty: no limit)
field-cap_household = Maximum per household (empty: no limit)
field-category = Category
field-children = Children coming with you
field-choice = Choice
field-closes = Orders close
field-cohosts = Co-hosts (optional)
field-comment = Your comment
field-contact = Contact (only the coordination team sees it)
field-correction_reason = Why this correction?
field-current_password = Current password
field-cycle_name = Cycle name
field-decision = Decision
field-description = Description
field-display_name = First name and last name
field-distance_km = Distance (km)
field-email = Email
field-email_or_phone = Phone or email
field-household_name = Household name
field-idea = Your idea for the commission, in a few words
field-kind = Type of proposal
field-labels = Labels
field-languages = Languages spoken (optional)
field-majority = Majority
field-min = Minimum per order
field-name = Name
field-needed = People needed
field-notes = Details (optional)
field-opens = Orders open
field-order_grace_minutes = Minutes after closing during which the coordination team can still enter an order
field-paid = Amount paid (€)
field-password = New password (at least 8 characters)
field-password_confirm = The same password, once more
field-payment_method = Payment method
field-person = Person
field-phone = Phone
field-photo_url = Photo (web address, optional)
field-pickup = Pickup point
field-pickup_day = Pickup day
field-pickup_end = End
field-pickup_start = Start
field-place = Place
field-places = Number of places
field-position = Display order
field-price = Producer price per unit (€)
field-price_note = Price (empty = free, or “pay what you like, suggested €3”)
field-producer = Producer
field-product = Product
field-push_choice = Notification
field-push_endpoint = Phone subscription
field-push_key = Phone key
field-quorum = Quorum (% of seats that must vote)
field-reason = Reason (required to decline)
field-reasons = Why, in simple words
field-received = Quantity received
field-scope = What the commission decides
field-seats = Number of seats
field-share = Share of the price paid (%)
field-shift = Shift
field-shift_cutoff_hours = Volunteering: hours before the start when people can no longer withdraw online
field-shift_day = Day
field-shift_end = End
field-shift_place = Place
field-shift_start = Start
field-statement = A few words to introduce yourself
field-status = Attendance
field-step = Ordered in steps of (e.g. 0.5)
field-story = Their story in a few words
field-task = Task
field-term_days = Length of term (days)
field-tier = Price tier
field-tier_name = Price tier name
field-title = Title
field-unit = Unit
field-vote_closes = Voting ends
field-voting_from = Voting starts
field-workshop_day = Date
field-workshop_end = End
field-workshop_place = Place
field-workshop_start = Start
field-workshop_what = What happens in the workshop
field-counted = Cash counted (€)
field-cost_kind = How to count it
field-cost_scope = For which products
field-cost_amount = Amount (€) or percentage
field-cycle = Cycle
field-period = Period
field-accept_charter = I have read the charter and I accept it
field-fee = Membership fee (€)
field-renewal = Renewal date (month-day)
field-charter = Text of the charter
field-invoiced = Amount on the invoice (€)
field-reference = Reference
field-note = Reason
field-amount = Amount (€)
field-entry_kind = Transaction
field-key = Form
field-account_members = Members’ accounts
field-account_sales = Sales of goods
field-account_memberships = Membership fees
field-account_cash = Till
field-account_bank = Bank
field-account_producers = Suppliers (producers)
field-account_purchases = Purchases of goods
field-adults = Adults in the household
field-cap = Maximum per household over the period (€)
field-day = Day
field-from = From
field-to = To
field-funder = Funder
field-funder_name = Funder’s name
field-funding_mode = How to share the solidarity cost between grants
field-grant = Grant
field-grant_categories = Only these categories (none ticked: all)
field-grant_name = Grant name (for example “2026 agreement”)
field-local_km = “Local”: producers less than (km) away
field-max_share = Only price tiers up to (%)
field-min_category = Minimum share in the category
field-min_percent = Minimum share in this category (%)
field-priority = Priority order
field-produce = Categories counted as fruit and vegetables
field-role = Role
field-source = Where the money comes from
field-household_children = Children in the household

## gov

gov-abstain = Abstain
gov-against = Against
gov-altered = Warning: the text of this proposal no longer matches the text recorded in the log when it opened. Voting is suspended.
gov-applied_to = Decision applied to the catalogue of the cycle “{ $cycle }”.
gov-approvals =
    { $count ->
        [one] { $count } vote
       *[other] { $count } votes
    }
gov-back = ← All commissions
gov-ballot_counted = Your ballot is counted. The vote is secret: nobody knows who you voted for.
gov-cast_ballot = Send my vote
gov-closes = voting ends: { $when }
gov-comments = Comments
gov-create_commission = Create the commission
gov-draw_seed = Random draw recorded (seed): { $seed }
gov-elected = Elected
gov-election_of = Election of the commission “{ $commission }”
gov-elections = Elections
gov-export = Download the log (JSON) to check everything
gov-for = For
gov-for_add_product = To add a product
gov-for_producer_kinds = To add a product or change producer
gov-for_product_kinds = To remove a product or change its producer
gov-idea_became = now a proposal
gov-idea_public = Your idea will be shown here with your name, for all members to see.
gov-idea_to_proposal = Turn it into a proposal
gov-ideas = Ideas sent
gov-intro = The commissions decide, with the staff, what the group offers. Everyone can read the proposals, the reasons and the results, and send an idea.
gov-kind_add_product = Add a product
gov-kind_change_producer = Change a product’s producer
gov-kind_free = Other subject
gov-kind_withdraw_product = Remove a product
gov-majority_simple = more “for” than “against”
gov-majority_two_thirds = two thirds “for”
gov-may_change = You can change your mind until voting ends.
gov-members = Who has a seat
gov-new_commission = New commission
gov-new_election = Start an election
gov-no_ideas = No ideas yet: be the first to suggest one.
gov-no_members = Nobody has a seat yet: an election will fill the seats.
gov-no_proposals = No proposals yet.
gov-none = No commissions yet.
gov-open_proposal = Open a proposal
gov-opened_by = Proposed by { $author }
gov-phase_candidacy = open for candidates
gov-phase_closed = finished
gov-phase_voting = voting open
gov-proposals = Proposals
gov-rules = Rules: { $rules }
gov-scope_catalogue = the catalogue
gov-scope_life = the life of the group
gov-scope_workshops = the workshops
gov-seats =
    { $count ->
        [one] { $count } seat
       *[other] { $count } seats
    }
gov-secret = Secret vote (if not ticked, everyone in the commission sees who voted what)
gov-secret_receipt_here = Secret vote: your choice is not recorded anywhere with your name. Only this device keeps what is needed to find it and change it.
gov-secret_vote = secret vote
gov-secret_voted_elsewhere = You have voted. The vote is secret: your choice is not recorded anywhere with your name, and only the device you voted with keeps what is needed to find it. So it cannot be shown or changed from here.
gov-send_comment = Send
gov-send_idea = Send my idea
gov-stand = Stand as a candidate
gov-stand_button = I am a candidate
gov-start_election = Start the election (candidates can sign up now)
gov-state_approved = approved
gov-state_no_quorum = no quorum
gov-state_open = voting in progress
gov-state_rejected = rejected
gov-step_down = Leave my seat
gov-title = Members’ commissions
gov-voting_from = voting from { $when }
gov-whole_log = Full log of decisions (JSON)
gov-you_voted = You voted: { $choice }.
gov-your_vote = Your vote
gov-ballot_rule =
    { $seats ->
        [one] Tick one person at most. The vote is secret.
       *[other] Tick up to { $seats } people. The vote is secret.
    }
gov-vote_rules = quorum { $quorum }% · { $majority }
gov-change_add_product = { $product } — { $price } / { $unit } · { $producer }
gov-change_producer = { $product } → { $producer } ({ $price })
gov-member_until = { $name } — until { $until }
gov-idea_by = “{ $idea }” — { $author }
gov-opened_by_idea = Proposed by { $author }, from an idea by { $idea_by }
gov-turnout =
    { $voted ->
        [one] { $voted } of { $eligible } has voted
       *[other] { $voted } of { $eligible } have voted
    }
gov-tally = For { $for } · Against { $against } · Abstain { $abstain }
gov-vote_line = { $name }: { $choice }

## invitation

invitation-card_help = Send this link to the person, or let them scan the code with their phone. They will choose their password.
invitation-card_title = Invitation link for { $name }
invitation-choose_password = Choose your password. After that, you will log in with your phone number or your email.
invitation-expired = This link has already been used or is no longer valid. Ask the coordination team for a new link.
invitation-expired_title = Link no longer valid
invitation-hello = Hello { $name }
invitation-link = Link
invitation-print = Print the invitation only
invitation-print_hint = To print only the invitation: browser menu, then “Print” (Ctrl+P).
invitation-qr = QR code for the invitation link
invitation-send_sms = Send the link by text message
invitation-sms_body = Hello { $name }, here is your link to join Pot Commun and choose your password: { $url }
invitation-submit = Save my password
invitation-valid_days =
    { $days ->
        [one] Valid for { $days } day, only once.
       *[other] Valid for { $days } days, only once.
    }

## label

label-bio = Organic
label-equitable = Fair trade
label-local = Local
label-vrac = Bulk

## login

login-identifier = Phone or email
login-no_password = No password yet? Ask your group’s coordination team for your invitation link.
login-password = Password
login-submit = Log in
login-title = Log in

## nav

nav-admin = Administration
nav-catalogue = Catalogue
nav-commissions = Commissions
nav-coordination = Coordination
nav-label = Main menu
nav-login = Log in
nav-logout = Log out
nav-messages = Messages
nav-more = More
nav-order = Basket
nav-profile = My profile
nav-shifts = Volunteering
nav-skip = Skip to content
nav-staff = Coordination and administration
nav-unread =
    { $count ->
        [one] { $count } unread message
       *[other] { $count } unread messages
    }
nav-workshops = Workshops

## notfound

notfound-back = Back to the catalogue
notfound-title = Page not found

## notif

notif-cycle_cancelled = The order “{ $cycle }” is cancelled. You have nothing to pay and nothing to pick up.
notif-cycle_closing = Last day to order: “{ $cycle }” closes on { $closes }.
notif-cycle_opened = Orders are open: “{ $cycle }”, until { $closes }.
notif-election_candidacy =
    { $seats ->
        [one] Election for the “{ $commission }” commission: { $seats } seat. You can stand as a candidate until { $voting }, then vote until { $closes }.
       *[other] Election for the “{ $commission }” commission: { $seats } seats. You can stand as a candidate until { $voting }, then vote until { $closes }.
    }
notif-election_voting = Election for the “{ $commission }” commission: voting is open until { $closes }. Choose your candidates.
notif-new = New
notif-new_login_link = The coordination team made a new login link for your account. Whoever opens it chooses the password, and you are logged out everywhere else. If you did not ask for it, tell the coordination team.
notif-none = No messages yet. News about you shows here: a changed order, a shift, a workshop.
notif-order_changed_late = { $by } changed the order for { $household } after “{ $cycle }” closed: the purchase orders and packing lists have changed.
notif-order_ready = Your order “{ $cycle }” is waiting for you on { $when }, at { $place } ({ $address }).
notif-order_shrunk = The producer delivered less than planned: you will get { $qty } of { $product } instead of { $ordered } (order “{ $cycle }”). New total: { $total }.
notif-product_missing = The producer could not deliver { $product }: this product is removed from your order “{ $cycle }”. New total: { $total }.
notif-shift_changed = Your shift “{ $shift }” ({ $when }) has been removed. Thank you all the same!
notif-shift_needs_hands =
    { $missing ->
        [one] Can you help? { $missing } more person is needed for “{ $shift }” ({ $when }).
       *[other] Can you help? { $missing } more people are needed for “{ $shift }” ({ $when }).
    }
notif-shift_short =
    { $missing ->
        [one] The shift “{ $shift }” ({ $when }) still needs { $missing } more person.
       *[other] The shift “{ $shift }” ({ $when }) still needs { $missing } more people.
    }
notif-shift_tomorrow = Reminder: you are volunteering tomorrow, { $shift }, { $when }, { $place }.
notif-title = My messages
notif-vote_approved = Vote closed: “{ $title }” is approved ({ $for } for, { $against } against, { $abstain } abstained).
notif-vote_closing = Voting on “{ $title }” closes on { $closes } and you have not voted yet.
notif-vote_no_quorum = Vote closed: “{ $title }” did not have enough voters (no quorum), so nothing changes.
notif-vote_opened = Voting is open in the “{ $commission }” commission: “{ $title }”. You can vote until { $closes }.
notif-vote_rejected = Vote closed: “{ $title }” is rejected ({ $for } for, { $against } against, { $abstain } abstained).
notif-workshop_approved = Your workshop “{ $workshop }” ({ $when }) is published: members can sign up.
notif-workshop_cancelled = The workshop “{ $workshop }” ({ $when }) is cancelled: { $message }
notif-workshop_declined = Your workshop “{ $workshop }” ({ $when }) was not accepted: { $reason }
notif-workshop_place = A place became free: you are signed up for the workshop “{ $workshop }” ({ $when }).
notif-workshop_voted_down = The commission did not accept your workshop “{ $workshop }” ({ $when }): { $for } for, { $against } against.
notif-membership_renewal = Your membership ends on { $date }. You can renew it from your account.
notif-grant_nearly_used = The grant { $grant } is 80% used: { $used } out of { $amount }.
notif-grant_ended_left = The grant { $grant } ended on { $date } and { $left } is left.

## offline

offline-back = Back to the form
offline-banner = Offline — copy saved on { $when }
offline-basket_open = Open my order
offline-basket_queued = No network: your order is kept on this phone. It will be sent by itself as soon as the network is back.
offline-basket_refused = The network is back, but your saved order was not accepted (for example, a product sold out or ordering closed). It is back in the form: check it, then confirm.
offline-basket_sent = The network is back: the order saved on this phone has arrived.
offline-missing = Offline: this page is not saved on this phone yet. Open it once while you have network.

## order

order-back_to_household = Back to the household
order-cancel = Cancel my order
order-change_cancelled = order cancelled
order-change_changed = order changed
order-change_created = order placed
order-change_other = change
order-change_shortage = reduced at delivery
order-changes = Order history
order-choose_tier = Choose my price tier
order-closes = You can order and change your order until { $closes }.
order-confirm = Confirm my order
order-desk_for = Order for { $household }
order-desk_hint = Order taken by phone or at the desk for this household: it is saved in their name, and your own order does not change.
order-desk_link = Enter this household’s order
order-desk_no_cycle = No cycle is open for orders right now: there is no order to take for this household.
order-desk_title_plain = Order for a household
order-draft_restored = Your unconfirmed basket was found on this phone. Check it, then confirm.
order-left = Still available: { $amount }
order-mine = My order
order-no_cycle = No order cycle right now. You will be told when the next cycle opens.
order-past = My past orders
order-pickup_at = Pick up at { $place }, { $window }.
order-search = Search for a product (name, producer, category)
order-sold_out = Sold out
order-theirs = Order from { $household }
order-title = My order
order-total = Total to pay: { $total }
order-waiting = To pick up: your order “{ $cycle }”
order-where = Where will you pick up your order?
order-line = { $product } — { $amount }
order-change_line = { $when } — { $change } by { $who } · { $total }

## payment

payment-card = card
payment-cash = cash
payment-cheque = cheque
payment-transfer = bank transfer
payment-unknown = other
payment-other = Other

## profile

profile-password_submit = Change my password
profile-password_title = Password
profile-push_choices = What I want to receive
profile-push_denied = Notifications are blocked for this site in the browser. You can allow them in the browser settings.
profile-push_devices = Phones and computers that get notifications
profile-push_done = Done: this phone will get notifications.
profile-push_explain = To get alerts on your phone screen, even when the app is closed. Your phone will ask for your permission. Everything also stays in “Messages”.
profile-push_failed = That did not work. Check your connection and try again.
profile-push_no = No
profile-push_no_device = None yet.
profile-push_on = Get notifications on this phone
profile-push_remove = Stop sending here
profile-push_title = Notifications on this phone
profile-push_turn_off = Turn off
profile-push_turn_on = Turn on
profile-push_unsupported = This browser cannot receive notifications. Everything stays in “Messages”.
profile-push_yes = Yes
profile-tier_choose_first = Your household does not have a price tier yet. Choose the one that suits you: you can change it later.
profile-tier_explain = Everyone pays according to their means: choose the price tier that suits your household. No proof is asked for, and you can change it whenever you want.
profile-tier_for = Price tier of the household “{ $household }”
profile-tier_private = Your price tier stays private: other members and volunteers never see it.
profile-tier_title = My price tier
profile-title = My profile
profile-tier_share = { $tier } — { $share }% of the price
profile-push_device = { $device } — since { $since }
profile-push_choice = { $kind }: { $answer }

## push

push-kind_account = My account (a new login link)
push-kind_cycle_cancelled = An order cycle is cancelled
push-kind_cycle_closing = The day before orders close
push-kind_cycle_opened = Orders open
push-kind_election = Commission elections (candidates, then voting)
push-kind_order_changed = My order changed (missing product, smaller quantity)
push-kind_order_changed_late = An order changed after closing (coordination)
push-kind_order_ready = My order is ready (where and when to pick it up)
push-kind_shift_changed = My volunteer shifts changed
push-kind_shift_needs_hands = A shift needs people (I can come and help)
push-kind_shift_short = A shift needs people (coordination)
push-kind_shift_tomorrow = The day before my volunteer shift
push-kind_vote_closing = The day before a vote ends, if I have not voted
push-kind_vote_opened = A vote opens in my commission
push-kind_vote_result = The results of votes in my commission and on my ideas
push-kind_workshop_cancelled = A workshop is cancelled
push-kind_workshop_decided = The answer about the workshop I proposed
push-kind_workshop_place = I get a workshop place (waiting list)
push-title = Pot Commun
push-kind_membership = My membership (time to renew)
push-kind_grants = Grants (80% used, period ended)

## reception

reception-arrived = Arrived: { $amount }
reception-complete = Everything has arrived.
reception-help = Enter what each producer delivered, then save once for the whole delivery. Leave empty what has not arrived yet. If something is missing, the orders for that product are reduced in turn (one step from each household, then a second…) and the households concerned get a message.
reception-missing = { $qty } missing: the orders have been reduced.
reception-not_recorded = Not recorded yet: the orders stay as they are.
reception-not_saved_yet = Not saved yet: press “Save the delivery”.
reception-nothing_typed = Nothing to save: enter at least one quantity received.
reception-ordered = Ordered: { $amount }
reception-record = Save the delivery
reception-surplus_choose = more arrived than was ordered. Open “More arrived than ordered?” under this product and choose: the association keeps it, or the producer takes it back.
reception-surplus_give_back = The producer takes it back
reception-surplus_keep = The association keeps it (to be paid to the producer)
reception-surplus_kept = Arrived beyond the order: { $qty }, kept by the association.
reception-surplus_question = More arrived than ordered? What to do with the extra
reception-title = Receiving deliveries
reception-what_arrived = Quantity received ({ $unit })
reception-heading = Receiving deliveries — { $cycle }

## report

report-back = Back to the cycle summary
report-csv = Download the purchase orders (CSV)
report-delivery_at = Expected delivery: { $window }, at { $place }, { $address }
report-households = Households
report-letterhead_missing = The association’s name and address are missing from these purchase orders: the administration enters them in “Association settings”.
report-line_total = Total
report-link = Purchase orders, packing and summary
report-packing = Packing lists
report-packing_csv = Download the packing lists (CSV)
report-paid = Paid by households
report-po_number = Purchase order no. { $number } — { $date }
report-po_title = Order for { $producer }
report-print = Print the purchase orders
report-print_hint = To print: browser menu, then “Print” (Ctrl+P).
report-producer_total = Producer prices
report-product = Product
report-purchase_orders_print = Purchase orders to print, one page per producer
report-quantity = Quantity
report-reduced = (reduced: { $ordered } ordered, delivery incomplete)
report-solidarity = Solidarity cost
report-summary = Summary by price tier
report-total = Total
report-unit_price = Unit price
report-packing_line = { $amount } { $product }
report-share = { $share }%
report-cost_total = At cost price
report-costs = Association costs
report-due = Owed by households

## role

role-admin = administration
role-coordinator = coordination
role-treasurer = treasury
role-treasurer_explained = treasury (sees the money, not households’ orders)

## shift

shift-add = Add
shift-add_person = Add a person
shift-call_to_withdraw = The shift starts soon: to withdraw, call the coordination team.
shift-confirm_delete =
    { $people ->
        [one] { $people } person has signed up: they will get a message saying this shift is removed. This cannot be undone.
       *[other] { $people } people have signed up: they will get a message saying this shift is removed. This cannot be undone.
    }
shift-copy_from = Copy the shifts from the cycle “{ $cycle }”
shift-coverage = Volunteer shifts
shift-create = Create the shift
shift-delete = Delete this shift
shift-edit = Edit or delete
shift-full = Full
shift-household_hours = Time given by your household: { $hours }.
shift-intro = Every distribution needs a few helping hands. Choose a shift that suits you: signing up is a simple commitment, and the coordination team explains everything on the spot.
shift-mark_done = Came
shift-mark_no_show = Did not come
shift-mine = My next shifts
shift-new = New shift
shift-none_open = No open shifts for now.
shift-none_yet = You have no shift yet. Choose one below, in one tap.
shift-open = Upcoming shifts
shift-open_sheet = Open the distribution sheet
shift-past = My past shifts
shift-places_filled =
    { $needed ->
        [one] { $taken } of { $needed } place taken
       *[other] { $taken } of { $needed } places taken
    }
shift-places_left =
    { $count ->
        [one] { $count } place left
       *[other] { $count } places left
    }
shift-remove_person = Remove
shift-short_soon = needs people (less than 48 h)
shift-sign_up = Sign me up
shift-status_done = done, thank you
shift-status_no_show = did not come
shift-status_signed = signed up
shift-tasks_first = First create a volunteer task.
shift-thanks = Thank you for what you do for the group.
shift-title = Volunteering
shift-warehouse = Association premises (warehouse)
shift-withdraw = Withdraw from this shift
shift-yes_delete = Yes, delete this shift
shift-you_are_in = You are signed up. Thank you!
shift-cutoff =
    { $hours ->
        [one] You can withdraw online up to { $hours } hour before the start.
       *[other] You can withdraw online up to { $hours } hours before the start.
    }
shift-contact = { $name }: { $phone }
shift-call_to_withdraw_at = The shift starts soon. To withdraw, call the coordination team: { $contacts }
shift-past_line = { $task } — { $day }, { $hours }: { $status }
shift-taken_of = { $taken } / { $needed }
shift-coverage_of = Volunteer shifts — { $cycle }

## task

task-add = Add this task
task-at_table = Gives access to the distribution sheet (pickup table, till)
task-intro = Describe each task once, in simple words: what people do, and who it suits. Then you choose it for each cycle’s shifts.
task-limited_mobility = Possible with limited mobility
task-little_french = Little French needed
task-new = New task
task-title = Volunteer tasks
task-with_children = Possible with children

## unit

unit-bag = bag
unit-bottle = bottle
unit-bunch = bunch
unit-dozen = dozen
unit-jar = jar
unit-kg = kg
unit-l = L
unit-piece = piece
unit-amount =
    { $unit ->
        [kg] { $qty } kg
        [l] { $qty } L
        [jar]
            { $count ->
                [one] { $qty } jar
               *[other] { $qty } jars
            }
        [bunch]
            { $count ->
                [one] { $qty } bunch
               *[other] { $qty } bunches
            }
        [dozen]
            { $count ->
                [one] { $qty } dozen
               *[other] { $qty } dozen
            }
        [bag]
            { $count ->
                [one] { $qty } bag
               *[other] { $qty } bags
            }
        [bottle]
            { $count ->
                [one] { $qty } bottle
               *[other] { $qty } bottles
            }
       *[piece]
            { $count ->
                [one] { $qty } piece
               *[other] { $qty } pieces
            }
    }
unit-price_per = { $price } / { $unit }

## workshop

workshop-absent = Did not come
workshop-approve = Approve
workshop-back = ← All workshops
workshop-bring = to bring: { $things }
workshop-came = Came
workshop-cancel = Cancel the workshop
workshop-cancel_button = Cancel and tell the people who signed up
workshop-children_welcome = Children welcome
workshop-coming = Signed up: { $coming } · with children: { $with_children }
workshop-decline = Decline
workshop-free = Free
workshop-full = Full
workshop-host_page = Who is coming?
workshop-hosted_by = Led by { $hosts }
workshop-intro = Cooking, sewing, farm visits, batch cooking with the month’s basket: workshops proposed by members, to meet and learn together.
workshop-join_waitlist = Put me on the waiting list
workshop-languages = languages: { $languages }
workshop-mine = My workshop proposals
workshop-none = No workshops planned for now. Propose yours below!
workshop-past = Past workshops
workshop-places_left =
    { $count ->
        [one] { $count } place left
       *[other] { $count } places left
    }
workshop-propose = Propose a workshop
workshop-see_vote = see the vote
workshop-send_proposal = Send my proposal
workshop-sign_up = Sign me up
workshop-state_cancelled = cancelled
workshop-state_declined = declined
workshop-state_in_vote = commission vote in progress
workshop-state_proposed = waiting for approval
workshop-state_published = published
workshop-title = Workshops
workshop-to_decide = Workshops to approve
workshop-took_part =
    { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
workshop-waiting = on the waiting list
workshop-withdraw = Cancel my place
workshop-you_are_in = You are signed up. See you soon!
workshop-you_wait = You are on the waiting list, position { $position }.
workshop-full_waiting =
    { $count ->
        [one] Full · { $count } person on the waiting list
       *[other] Full · { $count } people on the waiting list
    }
workshop-plus_children =
    { $count ->
        [one] (+{ $count } child)
       *[other] (+{ $count } children)
    }
workshop-proposal_title = Workshop: { $title }
workshop-proposal_facts =
    { $places ->
        [one] { $when } · { $place } · { $places } place
       *[other] { $when } · { $place } · { $places } places
    }
workshop-voted_down = The commission did not accept it ({ $for } for, { $against } against)

## language

language-own_name = English
language-choose = Language

## money

money-amount = €{ $amount }
money-all_settled = No household owes anything or has paid in advance.
money-association_owed = Today, for the whole association: { $owed } owed by households, { $credit } paid in advance.
money-balances_title = Household accounts
money-by_tier = By price tier
money-codes_read = Accounts: members { $members }, sales { $sales }, till { $cash }, bank { $bank }. Only the administrator changes them.
money-codes_title = Account numbers for the journal
money-collected_title = Collected at distributions
money-export_hint = For the accountant: the journal (debit, credit, account number) and the general ledger. Households appear there by their number, never by their name.
money-export_title = Files for the accounts
money-from = From
money-goods_title = Goods
money-invoice_expected = Purchase order after missing items: { $amount }
money-invoice_invoiced = Invoiced: { $amount } (difference { $gap })
money-invoice_paid = Invoice paid.
money-invoice_pay = Mark the invoice as paid
money-invoice_save = Save the invoice
money-invoices_title = Producers’ invoices
money-journal_csv = Download the journal (CSV)
money-ledger_csv = Download the general ledger (CSV)
money-link = Money for the cycle
money-nothing_collected = Nothing collected yet.
money-rule = Each line is rounded once, to the nearest cent (half a cent goes up), and each total is the sum of the lines: what households owe plus the solidarity cost equals the goods at cost price.
money-till_not_counted = Till not counted yet.
money-tills = Tills
money-title = Money for the cycle { $cycle }
money-to = To
money-treasury = Treasury
money-debt_blocks_ordering = A household that owes money pays before ordering again (otherwise it is asked for at the next distribution)

## time

time-moment = { $day } at { $time }
time-window = { $day }, from { $start } to { $end }
time-hours = from { $start } to { $end }
time-duration_hours = { $hours } h
time-duration_minutes = { $minutes } min
time-duration_hours_minutes = { $hours } h { $minutes } min

## cost

cost-kind_per_unit = Per unit
cost-kind_percent = As a percentage of the producer price
cost-kind_per_kg = Per kilo (products sold by weight)
cost-scope_all = All products
cost-scope_category = One category
cost-scope_product = One product
cost-scope_cycle = One cycle
cost-add = Add this cost
cost-explain = A product’s cost price is the producer price plus these costs (transport, storage, packaging, a small reserve). Each price tier is a share of the cost price. Removing a cost does not change orders already placed.
cost-list = Costs added to prices
cost-name_example = Transport
cost-new = New cost
cost-none = No costs: prices are the producers’ prices.
cost-per_kg = { $amount } per kilo
cost-per_unit = { $amount } per unit
cost-percent = { $percent }% of the producer price
cost-scope_hint = Choose the category, the product or the cycle only if the cost is only for it.
cost-scope_named = { $scope }: { $name }
cost-title = Costs
cost-withdraw = Remove
cost-withdrawn = Removed

## ledger

ledger-kind_order = Order
ledger-kind_payment = Payment
ledger-kind_membership = Membership
ledger-kind_top_up = Advance payment
ledger-kind_refund = Refund
ledger-kind_adjustment = Correction
ledger-kind_reversal = Cancellation
ledger-period = from { $from } to { $to }
ledger-account_hint = What your household owes or has paid in advance, every payment, and your receipts.
ledger-account_of = Account of { $household }
ledger-back_to_account = Back to my account
ledger-back_to_household = Back to the household
ledger-balance_explain = You can pay in several parts: what is left is asked for at the next distribution. Money paid in advance pays for the next order by itself.
ledger-balance_title = Your account today
ledger-credit = You have { $amount } paid in advance.
ledger-entries_title = Transactions
ledger-entry_adjustment = Correction: { $reason }
ledger-entry_membership = Membership { $period }
ledger-entry_order = Order — { $cycle }
ledger-entry_payment = Paid ({ $method })
ledger-entry_refund = Refunded ({ $method })
ledger-entry_reversal = Cancellation of “{ $what }”: { $reason }
ledger-entry_top_up = Paid in advance ({ $method })
ledger-household_link = Household account (payments, advance payments, membership)
ledger-in_favour = Correction in the household’s favour (it owes less)
ledger-minus = − { $amount }
ledger-my_account = My account
ledger-no_entries = Nothing yet.
ledger-owes = Your household owes { $amount }.
ledger-print = Print the receipt
ledger-receipt = Receipt
ledger-receipt_membership = The household { $household } is a member of the association { $period }. Membership fee: { $amount }.
ledger-receipt_membership_title = Membership certificate
ledger-receipt_number = Receipt no. { $number }
ledger-receipt_payment = The association received { $amount } from the household { $household } ({ $method }) on { $date }.
ledger-receipt_recorded = Recorded on { $date } by { $by }.
ledger-receipt_reversed = This transaction has since been cancelled.
ledger-receipt_title = Payment receipt
ledger-record_hint = A payment or an advance payment lowers what the household owes; a refund gives back money paid in advance. To fix a mistake, use “Cancel”, never delete.
ledger-record_submit = Save
ledger-record_title = Record a transaction
ledger-recorded_by = Recorded by { $by }
ledger-reference = Reference: { $reference }
ledger-reverse = Cancel this transaction
ledger-reverse_submit = Cancel the transaction
ledger-reversed = Cancelled
ledger-settled = Nothing to pay, nothing paid in advance.
ledger-household_owes = The household owes { $amount }.
ledger-household_credit = The household has { $amount } paid in advance.
ledger-household_settled = The household owes nothing and has nothing paid in advance.

## membership

membership-blocks_ordering = A household whose membership has ended can no longer order (if not ticked, it only gets a reminder)
membership-booked =
    { $n ->
        [one] One membership renewed.
       *[other] { $n } memberships renewed.
    }
membership-bulk_hint = Each membership fee is added to the household’s account, with the current charter accepted at the desk. Nothing is saved until you confirm.
membership-bulk_preview =
    { $n ->
        [one] Renew one membership from { $from } to { $to }: { $fee }, so { $total } owed by the household.
       *[other] Renew { $n } memberships from { $from } to { $to }: { $fee } each, { $total } in all, owed by the households.
    }
membership-bulk_submit =
    { $n ->
        [one] Renew this membership
       *[other] Renew these { $n } memberships
    }
membership-charter_read = Read the charter (version { $version })
membership-charter_version = Charter, version { $version }
membership-current = Your household is a member until { $date }.
membership-desk_accept = The household has read the charter and accepts it
membership-desk_submit = Record the membership
membership-desk_title = Membership
membership-fee_free = Membership fee: you choose, { $amount } at least.
membership-fee_set = Membership fee: { $amount }.
membership-free_amount = Members choose their fee, at this minimum or more
membership-join = Become a member
membership-lapsed = Your household’s membership ended on { $date }.
membership-never = Your household is not a member yet.
membership-never_short = Never
membership-none_to_renew = No memberships to renew this month.
membership-owed_hint = The membership fee is added to your account: you pay it at the next distribution, or by bank transfer.
membership-paid_now = Paid right away (€)
membership-period = Membership from { $from } to { $to }.
membership-publish = Publish this version
membership-publish_hint = A new version does not change memberships already taken: each one keeps the version that was accepted.
membership-recorded_desk = At the desk, by { $by }, on { $date }
membership-recorded_online = Online, by { $by }, on { $date }
membership-register_line = Member { $period } (charter version { $version }).
membership-register_list = Membership register
membership-register_title = Memberships
membership-renew = Renew the membership
membership-renew_soon = Your household’s membership ends on { $date }: you can renew it.
membership-settings = Membership settings
membership-title = Membership
membership-to_renew = To renew
membership-register_detail = Fee { $fee } · charter version { $version } · { $recorded }

## price

price-back = Back to the catalogue
price-cost = + { $cost }
price-cost_price = Cost price
price-explain_cost = The cost price is the producer price plus what it costs to bring the product here and store it. The association makes no profit on it.
price-explain_share = Your price tier: you pay { $share }% of the cost price.
price-no_costs = No costs are added to this product: the cost price is the producer price.
price-private = Only you can see your price tier.
price-producer = Producer price ({ $producer })
price-title = Why this price: { $product }
price-yours = Your price

## funding

funding-title = Funders
funding-report_title = Activity report
funding-report_link = See the activity report for funders
funding-grants = Grants
funding-funders = Funders
funding-no_grants = No grants recorded yet.
funding-mode_priority = By priority order: grant no. 1 pays first, then the next one.
funding-mode_pro_rata = In proportion: each cycle is shared between the grants according to their amounts.
funding-mode_priority_hint = The solidarity cost of each closed cycle is paid by the grants in their priority order.
funding-mode_pro_rata_hint = The solidarity cost of each closed cycle is shared between the grants according to their amounts.
funding-used_of = { $used } used out of { $amount }
funding-period = From { $from } to { $to }
funding-unfunded_to_date = Solidarity cost not funded so far: { $amount }
funding-new_grant = Record a grant
funding-add_funder_first = First add a funder, further down.
funding-source_grant = A grant from a funder (an amount for a period)
funding-source_members = Support from members who pay above cost price
funding-earmarks = What the grant can pay for (leave empty: everything)
funding-no_min = No minimum share
funding-record_grant = Record the grant
funding-add_funder = Add the funder
funding-funder_hint = The town, the CAF, the MSA, a foundation, a social landlord, supporting members…
funding-settings = Sharing and reports
funding-earmark_share = Only price tiers up to { $percent }%
funding-earmark_categories = Only: { $categories }
funding-earmark_cap = At most { $amount } per household over the period
funding-earmark_min = At least { $percent }% in { $category }
funding-use = Use
funding-used_percent = { $used } used out of { $amount } ({ $percent }%)
funding-left = Left: { $amount }
funding-forecast = At the current pace, { $amount } will be used by { $to }.
funding-ended_left = The period has ended and { $amount } is left.
funding-grant_report = This grant’s report
funding-by_cycle = What it paid, cycle by cycle
funding-nothing_yet = Nothing yet: no closed cycle in its period matches it.
funding-received = Money received from the funder
funding-received_total = Received so far: { $amount }
funding-reversal = cancellation
funding-cancel_receipt = Cancel this entry
funding-record_receipt = Record the money received
funding-back = Back to funders
funding-few = < 5
funding-share = { $percent }%
funding-percent = { $percent }%
funding-unfunded = Not funded
funding-scope_all = The whole association
funding-scope_funder = Funder: { $funder }
funding-scope_grant = Grant: { $grant }
funding-choose = Period and funder
funding-all_funders = All funders
funding-all_grants = All grants
funding-show = Show
funding-download_ods = Download the spreadsheet (.ods)
funding-download_csv = Download as CSV
funding-anonymous = Anonymous: no names, phone numbers or emails. A figure about fewer than 5 households is shown as “< 5”.
funding-served = Households served
funding-households = Households served
funding-new = New households (first order in the period)
funding-returning = Households that had come before
funding-composition_said = Households that gave their composition
funding-adults = Adults
funding-children = Children
funding-chart_households = Households served by month and by price tier
funding-chart_households_desc = Stacked bars: for each month, the number of households served at each price tier. The table below gives the same figures.
funding-chart_funders = Solidarity cost by month and by funder
funding-chart_funders_desc = Stacked bars: for each month, what each funder paid of the solidarity cost, and what is not funded. The table below gives the same figures.
funding-chart_produce = Share of fruit and vegetables in purchases
funding-chart_produce_desc = For each month, the share of fruit and vegetables in purchases at cost price, as a percentage. The table below gives the same figures.
funding-solidarity = Solidarity cost
funding-solidarity_total = Solidarity cost for the period: { $amount }
funding-unfunded_total = Of which not funded: { $amount }
funding-by_tier = Solidarity cost by price tier
funding-goods = What was bought
funding-goods_total = Purchases at cost price
funding-kg_total = Weight of products sold by the kilo
funding-kg = { $kg } kg
funding-produce_share = Share of fruit and vegetables
funding-organic_share = Organic share
funding-local_share = Local share (less than { $km } km away)
funding-by_category = By category (all the association’s orders)
funding-col_what = What
funding-col_total = Whole period
funding-col_category = Category
funding-col_goods = Purchases at cost price
funding-col_kg = Kilos
funding-col_solidarity_paid = Solidarity cost paid
funding-col_cycle = Cycle
funding-col_date = Date
funding-col_solidarity = Solidarity cost
funding-col_grant = Paid by
funding-col_paid = Amount
funding-life = Life of the association
funding-volunteer_hours = Volunteer hours
funding-volunteers = Volunteers
funding-workshops = Workshops held
funding-workshop_places = Workshop places taken
funding-workshop_present = Attendance recorded at workshops
funding-votes = Commission votes
funding-participation = Participation in votes
funding-ballots = { $ballots } votes cast out of { $eligible } possible
funding-ballots_cast = Votes cast
funding-ballots_eligible = Possible votes
funding-trace = Where the figures come from
funding-trace_hint = Each closed cycle in the period: its solidarity cost and who paid it. The cycle summary gives the details of its orders.
funding-trace_cycle = Solidarity cost { $amount }, not funded { $unfunded }
funding-trace_paid = { $grant }: { $amount }
funding-sheet_summary = Summary
funding-sheet_households = Households
funding-sheet_funders = Funders
funding-sheet_tiers = Price tiers
funding-sheet_goods = Purchases
funding-sheet_trace = Cycles
funding-composition_title = Your household
funding-composition_hint = If you wish: how many people live in the household. This stays private, like your price tier; the association only publishes totals, for its funders.
funding-error_amount = The amount must be more than 0 and at most €10,000,000.
funding-error_period = The period must end after it starts, and last three years at most.
funding-error_share = The price tier must be a percentage between 1 and 100.
funding-error_cap = The maximum per household must be more than 0 and no more than the amount.
funding-error_min_share = Choose the category and the minimum share (between 1 and 100%), or neither.
funding-error_priority = The priority order is a number between 1 and 1000.
funding-error_funder_taken = This funder already exists.
funding-error_reversed = This entry is already cancelled.
funding-error_km = The distance is a number of kilometres between 1 and 1000.
funding-error_people = A number between 0 and 20, please.
