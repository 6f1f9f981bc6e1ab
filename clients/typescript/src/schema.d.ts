// Generated from the wa-webhooks OpenAPI document by scripts/generate-schema.mjs. Do not edit.

export interface paths {
    "/admin/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workspace and its first API key
         * @description Creates an empty workspace and answers its first API key (`wk_…`), shown this once: only its hash is stored.
         */
        post: operations["ProvisioningController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a workspace's API keys (prefixes only)
         * @description Every key of the workspace, revoked ones included, by prefix and label; the keys themselves are never shown again.
         */
        get: operations["ProvisioningController_listKeys"];
        put?: never;
        /**
         * Issue another API key for a workspace
         * @description Answers a new API key (`wk_…`), shown this once; earlier keys stay valid until revoked.
         */
        post: operations["ProvisioningController_issueKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops authenticating at once; the workspace and its other keys are untouched.
         */
        delete: operations["ProvisioningController_revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/whatsapp-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List linked WhatsApp Business Accounts
         * @description Every WABA linked to the workspace, with the phone numbers known for it.
         */
        get: operations["ProvisioningController_listAccounts"];
        put?: never;
        /**
         * Link a WhatsApp Business Account to the workspace
         * @description Meta webhooks whose entry.id is this WABA are routed to the workspace; its phone numbers may be given to route events that name a number only by its display form.
         */
        post: operations["ProvisioningController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/whatsapp-accounts/{wabaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink a WhatsApp Business Account
         * @description Webhooks of this WABA are no longer routed to the workspace; 404 when it is not linked.
         */
        delete: operations["ProvisioningController_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/business-portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List linked business portfolios
         * @description Every business portfolio linked to the workspace, with the time of the link.
         */
        get: operations["BusinessPortfoliosController_list"];
        put?: never;
        /**
         * Link a business portfolio to the workspace: its partner webhooks are routed there (409 if another workspace has it)
         * @description Partner webhooks (partner_solutions, account_update PARTNER_*) carry the business portfolio id as entry.id; once linked they are routed to this workspace. 409 when another workspace already has the portfolio.
         */
        post: operations["BusinessPortfoliosController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/business-portfolios/{businessId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink a business portfolio
         * @description Partner webhooks of this portfolio are no longer routed to the workspace; 404 when it is not linked.
         */
        delete: operations["BusinessPortfoliosController_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/unhandled-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recent unhandled Meta changes and items (unknown WABA or business portfolio, unknown field, unreadable value or item, too deep, unknown object)
         * @description Meta changes no translator or workspace took are kept for the operator, newest first, with the reason; cursor pagination.
         */
        get: operations["UnhandledChangesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's webhook endpoints, newest first (cursor pagination)
         * @description Endpoints of the workspace with their delivery health; pass next_cursor as ?cursor= for the next page. Secrets are not included.
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Create a webhook endpoint subscribed to chosen event types
         * @description The response carries the signing secret. Routing is in place when it returns.
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description The endpoint with its delivery health over the last 24 hours; the secret is not included (see GET /v1/webhooks/{id}/secret).
         */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its queue
         * @description The endpoint stops receiving at once; events waiting in its queue are dropped.
         */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint (only the fields given)
         * @description Changes to events and enabled are routed before the response returns.
         */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description The previous secret keeps signing alongside the new one for grace_period_hours (default 24, at most 168). signature_algorithm switches between hmac-sha256 and ed25519 the same way.
         */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current signing secret (hmac-sha256) or public key (ed25519)
         * @description The secret deliveries are signed with (for ed25519 endpoints the public key receivers verify with), and until when the previous one also signs (during a rotation).
         */
        get: operations["WebhooksController_getSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the catalog example of a type to this webhook now (marked test) and see what it answered
         * @description Signs and POSTs the catalog example of the type to this endpoint once, with `test: true`, without retries, and answers what the endpoint answered.
         */
        post: operations["TestEventsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's delivery log, newest first, with every attempt
         * @description One entry per event sent to this endpoint, with its state and every attempt (status code, duration, error), filtered by state, event type and time; cursor pagination.
         */
        get: operations["DeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send failed deliveries (and events missed while disabled) in a time window
         * @description Safe to call twice: a delivery already re-queued by a call is not sent again by the next one.
         */
        post: operations["DeliveriesController_recover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send this event to this webhook again now (same webhook-id, a new attempt)
         * @description Queues one more attempt of this delivery, whatever its state; the body and webhook-id are those of the first attempt.
         */
        post: operations["DeliveriesController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An event envelope as delivered
         * @description The body that was (or will be) POSTed to your endpoints for this event, byte for byte the same JSON; 404 for an event of another workspace.
         */
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every event type: name, category, description, JSON schema of data, example
         * @description The catalog this deployment delivers, with the self-contained JSON Schema of each type's `data` and the wildcards accepted in a subscription.
         */
        get: operations["EventTypesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace this API key belongs to
         * @description Id, name and linked WhatsApp Business Accounts of the API key's workspace.
         */
        get: operations["WorkspaceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/portal-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a workspace's settings-page sign-ins (newest 100, prefixes only)
         * @description Each sign-in with its token prefix, expiry, read-only flag and revocation time; the tokens themselves are never shown again.
         */
        get: operations["PortalSessionsController_list"];
        put?: never;
        /**
         * Open the settings page for a workspace without an API key
         * @description Returns a short-lived URL of the settings page, signed in to this workspace (token in the URL fragment). Embed it in an iframe of your own pages (allowed by PORTAL_FRAME_ANCESTORS) or open it in a new tab.
         */
        post: operations["PortalSessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/workspaces/{workspaceId}/portal-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a settings-page sign-in: its URL and the page it opened stop working at once
         * @description The next request of a page signed in with it answers 401. Unknown, already revoked or another workspace’s sign-in: 404.
         */
        delete: operations["PortalSessionsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldErrorDto: {
            /**
             * @description The field at fault (dotted path into the body or query)
             * @example url
             */
            field: string;
            /**
             * @description What is wrong with it
             * @example url must be an absolute https URL
             */
            reason: string;
        };
        ApiErrorDto: {
            /**
             * @description HTTP status
             * @example 400
             */
            status: number;
            /**
             * @description Stable machine-readable code
             * @example validation_failed
             */
            code: string;
            /**
             * @description Human-readable summary
             * @example url: url must be an absolute https URL
             */
            message: string;
            /** @description Per-field details (validation errors) */
            details: components["schemas"]["FieldErrorDto"][];
        };
        CreateWorkspaceDto: {
            /**
             * @description Display name of the workspace
             * @example Acme Marketing
             */
            name?: string;
        };
        WorkspaceCreatedDto: {
            /**
             * Format: uuid
             * @description Workspace id
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            id: string;
            /**
             * @description Display name
             * @example Acme Marketing
             */
            name: string;
            /**
             * @description API key for the public API: an opaque `wk_` string. Shown once; only its hash is stored.
             * @example wk_Vb3o2kq1n8sQ3hT0y9zA7cPq4LmN2xRe
             */
            api_key: string;
            /**
             * @description Prefix identifying the key in lists
             * @example wk_Vb3o2k
             */
            api_key_prefix: string;
        };
        IssueApiKeyDto: {
            /**
             * @description Label to recognise the key by
             * @example CRM integration
             */
            label?: string;
        };
        IssuedApiKeyDto: {
            /**
             * Format: uuid
             * @description API key id
             * @example 9a4f3b0e-61f2-4a57-bb4e-0f6c6f1d2e3a
             */
            id: string;
            /**
             * @description First characters of the key
             * @example wk_Vb3o2k
             */
            prefix: string;
            /** @example CRM integration */
            label: string;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is valid
             * @example null
             */
            revoked_at: string | null;
            /**
             * @description The key itself: an opaque `wk_` string. Shown once; only its hash is stored.
             * @example wk_Vb3o2kq1n8sQ3hT0y9zA7cPq4LmN2xRe
             */
            api_key: string;
        };
        ApiKeyDto: {
            /**
             * Format: uuid
             * @description API key id
             * @example 9a4f3b0e-61f2-4a57-bb4e-0f6c6f1d2e3a
             */
            id: string;
            /**
             * @description First characters of the key
             * @example wk_Vb3o2k
             */
            prefix: string;
            /** @example CRM integration */
            label: string;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is valid
             * @example null
             */
            revoked_at: string | null;
        };
        PhoneNumberInputDto: {
            /**
             * @description Business phone number id (metadata.phone_number_id in Meta webhooks)
             * @example 117263540981001
             */
            phone_number_id: string;
            /**
             * @description The number as displayed; any spelling, stored as digits only
             * @example +1 555-010-0100
             */
            display_phone_number: string;
        };
        LinkWhatsappAccountDto: {
            /**
             * @description WhatsApp Business Account id (entry.id in Meta webhooks)
             * @example 102290129340398
             */
            waba_id: string;
            /**
             * @description The WABA's business numbers: lets events that name a number only by its display form (phone_number_*, security) reach endpoints filtered by phone_number_ids. Learnt from messages webhooks otherwise.
             * @example [
             *       {
             *         "phone_number_id": "117263540981001",
             *         "display_phone_number": "+1 555-010-0100"
             *       }
             *     ]
             */
            phone_numbers?: components["schemas"]["PhoneNumberInputDto"][];
        };
        PhoneNumberDto: {
            /**
             * @description Business phone number id
             * @example 117263540981001
             */
            phone_number_id: string;
            /**
             * @description Display number, digits only
             * @example 15550100100
             */
            display_phone_number: string;
            /**
             * Format: date-time
             * @description When the mapping was last set or learnt from a webhook
             * @example 2026-05-12T16:10:17.000Z
             */
            updated_at: string;
        };
        WhatsappAccountDto: {
            /**
             * @description WhatsApp Business Account id
             * @example 102290129340398
             */
            waba_id: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
            /** @description The WABA's numbers in the phone-number directory */
            phone_numbers: components["schemas"]["PhoneNumberDto"][];
        };
        LinkBusinessPortfolioDto: {
            /**
             * @description Meta business portfolio id: entry.id of partner webhooks (partner_solutions, account_update PARTNER_*)
             * @example 506914307656634
             */
            business_id: string;
        };
        BusinessPortfolioDto: {
            /**
             * @description Business portfolio id
             * @example 506914307656634
             */
            business_id: string;
            /**
             * Format: uuid
             * @description Workspace that receives the portfolio’s partner events
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * Format: date-time
             * @description When the link was made
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
        };
        UnhandledChangeDto: {
            /**
             * @description Sequential id (newest first)
             * @example 1042
             */
            id: string;
            /**
             * Format: date-time
             * @description When the POST carrying the change was received
             * @example 2026-05-12T16:10:17.000Z
             */
            received_at: string;
            /**
             * @description Why no typed event was made: unknown_object (not a WABA webhook), unknown_waba (no workspace has the WABA), unknown_business (no workspace has the business portfolio of a partner event), unknown_field (no translator yet), unreadable_value (the translator could not read the change), unreadable_item (one item of the change could not be read; its siblings became events), too_deep (nested too deep to store as JSON; the value is its JSON text)
             * @example unknown_field
             * @enum {string}
             */
            reason: "unknown_object" | "unknown_waba" | "unknown_business" | "unknown_field" | "unreadable_value" | "unreadable_item" | "too_deep";
            /**
             * @description Meta's `object`
             * @example whatsapp_business_account
             */
            object: string | null;
            /**
             * @description entry.id
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description The change field
             * @example some_new_field
             */
            field: string | null;
            /**
             * @description Meta's raw change value (the whole body for unknown_object, the item for unreadable_item, the JSON text for too_deep)
             * @example {
             *       "foo": "bar"
             *     }
             */
            value: {
                [key: string]: unknown;
            } | unknown[] | (string | null) | number | boolean;
            /**
             * @description Where the unreadable item sits in the change value; null for a whole change
             * @example messages[2]
             */
            path: string | null;
            /**
             * @description The message: what the translator reported, when it failed
             * @example messages: messages[2] is not an object
             */
            error: string | null;
        };
        UnhandledChangePageDto: {
            data: components["schemas"]["UnhandledChangeDto"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example 1001
             */
            next_cursor: string | null;
        };
        WebhookHeaderInputDto: {
            /**
             * @description The value. May be omitted (or null) only for a sensitive header already stored: it keeps its value.
             * @example Bearer 4f1c2a9e7b
             */
            value?: string | null;
            /**
             * @description Write-only value: never returned by GET or list
             * @default false
             * @example true
             */
            sensitive?: boolean;
        };
        WebhookFilterDto: {
            /**
             * @description Deliver only events about these business phone numbers (metadata.phone_number_id). Events tied to no number (templates, account) are then not delivered.
             * @example [
             *       "117263540981001"
             *     ]
             */
            phone_number_ids?: string[];
        };
        CreateWebhookDto: {
            /**
             * @description Where deliveries are POSTed: an absolute https URL whose host resolves to public addresses, on port 443, 80 or 1024 and above, without user:password@. Stored and answered in its normalised (WHATWG) form.
             * @example https://crm.example.com/hooks/whatsapp
             */
            url: string;
            /**
             * @description Event types to receive: names from GET /v1/event-types, "<category word>.*" (e.g. "template.*") or "*"
             * @example [
             *       "template.status_updated",
             *       "message.*"
             *     ]
             */
            events: ("message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change" | "message.*" | "user.*" | "call.*" | "history.*" | "contact.*" | "group.*" | "template.*" | "phone_number.*" | "account.*" | "flow.*" | "partner_solution.*" | "payment_configuration.*" | "ctwa.*" | "webhook.*" | "meta.*" | "*")[];
            /**
             * @description Free text for your own reference
             * @example CRM: template approvals and inbound messages
             */
            description?: string;
            /**
             * @description Whether the endpoint collects and receives events
             * @default true
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Deliveries per second at most to this endpoint, across every dispatcher replica together (1 to 1000). Events beyond it wait in their queue. Omit for unlimited; on update, 0 removes the limit.
             * @example 50
             */
            rate_limit_per_second?: number;
            /** @description Delivery-time filter */
            filter?: components["schemas"]["WebhookFilterDto"];
            /**
             * @description Extra headers sent with every delivery (at most 20): name → value, or name → { value, sensitive }. Names are HTTP tokens; values visible ASCII, spaces and tabs. A sensitive header's value is stored encrypted like every header value and is never returned (GET and list show it as { "value": null, "sensitive": true }); to keep it on update, send it back as shown. Cannot set webhook-*, proxy-*, content-type, content-length, content-encoding, host, user-agent, connection, keep-alive, transfer-encoding, te, trailer, upgrade or expect.
             * @example {
             *       "X-Api-Key": "crm-inbound-3f9a",
             *       "Authorization": {
             *         "value": "Bearer 4f1c2a9e7b",
             *         "sensitive": true
             *       }
             *     }
             */
            headers?: {
                [key: string]: string | components["schemas"]["WebhookHeaderInputDto"];
            };
            /**
             * @description How deliveries are signed (Standard Webhooks): "hmac-sha256" (v1 signatures with the whsec_ secret) or "ed25519" (v1a signatures; you get the whpk_ public key, the private key never leaves the service)
             * @default hmac-sha256
             * @example ed25519
             * @enum {string}
             */
            signature_algorithm?: "hmac-sha256" | "ed25519";
            /**
             * @description What each delivery carries: "full" (data and Meta's raw change), "without_raw" (no raw) or "thin" (the envelope only: fetch the event with GET /v1/events/{id})
             * @default full
             * @example without_raw
             * @enum {string}
             */
            payload?: "full" | "without_raw" | "thin";
            /**
             * @description Personal data this endpoint must not receive: "message_content" (removed), "phone_numbers" (phone numbers and BSUIDs) and "contact_names" (names and usernames), both replaced by a stable keyed hash "h:…". Any class also leaves out raw. The README lists the fields per event type.
             * @default []
             * @example [
             *       "message_content",
             *       "phone_numbers"
             *     ]
             */
            redact?: ("message_content" | "phone_numbers" | "contact_names")[];
        };
        WebhookHeaderDto: {
            /**
             * @description The value sent with every delivery; null for a sensitive header (never returned once stored)
             * @example crm-inbound-3f9a
             */
            value: string | null;
            /**
             * @description Whether the value is write-only (shown as null by GET and list)
             * @example false
             */
            sensitive: boolean;
        };
        WebhookHealthDto: {
            /**
             * @description Share of attempts answered 2xx over the last 24 hours; null without attempts
             * @example 0.998
             */
            success_rate_24h: number | null;
            /**
             * @description Attempts over the last 24 hours
             * @example 5120
             */
            attempts_24h: number;
            /**
             * Format: date-time
             * @description Time of the last attempt
             * @example 2026-05-12T16:10:17.000Z
             */
            last_delivery_at: string | null;
            /**
             * @description Last failure (error class, message or HTTP status)
             * @example HTTP 503
             */
            last_error: string | null;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            last_error_at: string | null;
            /**
             * @description Events waiting in the queue of this endpoint; null when the broker is unreachable
             * @example 0
             */
            backlog: number | null;
            /**
             * @description Start of the current run of failed deliveries without a success; null when the endpoint is not failing
             * @example null
             */
            failing_since: string | null;
            /**
             * @description When a failing endpoint will be disabled (failing_since + AUTO_DISABLE_AFTER) unless a delivery succeeds first; null when not failing
             * @example null
             */
            disables_at: string | null;
        };
        WebhookCreatedDto: {
            /**
             * Format: uuid
             * @description Webhook endpoint id
             * @example 3b0d8a52-8a4c-4d55-9d8e-6f0a4c1b2e7d
             */
            id: string;
            /**
             * @description Where deliveries are POSTed (normalised form)
             * @example https://crm.example.com/hooks/whatsapp
             */
            url: string;
            /** @example CRM: template approvals and inbound messages */
            description: string;
            /**
             * @description Subscribed event types and wildcards
             * @example [
             *       "template.status_updated",
             *       "message.*"
             *     ]
             */
            events: ("message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change" | "message.*" | "user.*" | "call.*" | "history.*" | "contact.*" | "group.*" | "template.*" | "phone_number.*" | "account.*" | "flow.*" | "partner_solution.*" | "payment_configuration.*" | "ctwa.*" | "webhook.*" | "meta.*" | "*")[];
            /** @example true */
            enabled: boolean;
            /**
             * @example enabled
             * @enum {string}
             */
            status: "enabled" | "disabled";
            /**
             * @description Why the endpoint is disabled (by you or after repeated failures)
             * @example null
             */
            disabled_reason: string | null;
            /**
             * @example {
             *       "phone_number_ids": [
             *         "117263540981001"
             *       ]
             *     }
             */
            filter: components["schemas"]["WebhookFilterDto"];
            /**
             * @description Deliveries per second at most, across every dispatcher replica; null: unlimited
             * @example 50
             */
            rate_limit_per_second: number | null;
            /**
             * @description Custom headers; sensitive values are never returned (null)
             * @example {
             *       "X-Api-Key": {
             *         "value": "crm-inbound-3f9a",
             *         "sensitive": false
             *       },
             *       "Authorization": {
             *         "value": null,
             *         "sensitive": true
             *       }
             *     }
             */
            headers: {
                [key: string]: components["schemas"]["WebhookHeaderDto"];
            };
            /**
             * @description How deliveries are signed (Standard Webhooks): "hmac-sha256" (v1 signatures with the whsec_ secret) or "ed25519" (v1a signatures; you get the whpk_ public key, the private key never leaves the service)
             * @example hmac-sha256
             * @enum {string}
             */
            signature_algorithm: "hmac-sha256" | "ed25519";
            /**
             * @description What each delivery carries: "full" (data and Meta's raw change), "without_raw" (no raw) or "thin" (the envelope only: fetch the event with GET /v1/events/{id})
             * @example full
             * @enum {string}
             */
            payload: "full" | "without_raw" | "thin";
            /**
             * @description Personal data this endpoint must not receive: "message_content" (removed), "phone_numbers" (phone numbers and BSUIDs) and "contact_names" (names and usernames), both replaced by a stable keyed hash "h:…". Any class also leaves out raw. The README lists the fields per event type.
             * @example []
             */
            redact: ("message_content" | "phone_numbers" | "contact_names")[];
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            updated_at: string;
            /** @description Delivery health (on get and list) */
            health?: components["schemas"]["WebhookHealthDto"];
            /**
             * @description What verifies the signatures (Standard Webhooks): the whsec_ signing secret for hmac-sha256, the whpk_ public key for ed25519. Returned on create, on rotate and by GET /v1/webhooks/{id}/secret.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwq1n8sQ3hT0y9
             */
            secret: string;
        };
        WebhookDto: {
            /**
             * Format: uuid
             * @description Webhook endpoint id
             * @example 3b0d8a52-8a4c-4d55-9d8e-6f0a4c1b2e7d
             */
            id: string;
            /**
             * @description Where deliveries are POSTed (normalised form)
             * @example https://crm.example.com/hooks/whatsapp
             */
            url: string;
            /** @example CRM: template approvals and inbound messages */
            description: string;
            /**
             * @description Subscribed event types and wildcards
             * @example [
             *       "template.status_updated",
             *       "message.*"
             *     ]
             */
            events: ("message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change" | "message.*" | "user.*" | "call.*" | "history.*" | "contact.*" | "group.*" | "template.*" | "phone_number.*" | "account.*" | "flow.*" | "partner_solution.*" | "payment_configuration.*" | "ctwa.*" | "webhook.*" | "meta.*" | "*")[];
            /** @example true */
            enabled: boolean;
            /**
             * @example enabled
             * @enum {string}
             */
            status: "enabled" | "disabled";
            /**
             * @description Why the endpoint is disabled (by you or after repeated failures)
             * @example null
             */
            disabled_reason: string | null;
            /**
             * @example {
             *       "phone_number_ids": [
             *         "117263540981001"
             *       ]
             *     }
             */
            filter: components["schemas"]["WebhookFilterDto"];
            /**
             * @description Deliveries per second at most, across every dispatcher replica; null: unlimited
             * @example 50
             */
            rate_limit_per_second: number | null;
            /**
             * @description Custom headers; sensitive values are never returned (null)
             * @example {
             *       "X-Api-Key": {
             *         "value": "crm-inbound-3f9a",
             *         "sensitive": false
             *       },
             *       "Authorization": {
             *         "value": null,
             *         "sensitive": true
             *       }
             *     }
             */
            headers: {
                [key: string]: components["schemas"]["WebhookHeaderDto"];
            };
            /**
             * @description How deliveries are signed (Standard Webhooks): "hmac-sha256" (v1 signatures with the whsec_ secret) or "ed25519" (v1a signatures; you get the whpk_ public key, the private key never leaves the service)
             * @example hmac-sha256
             * @enum {string}
             */
            signature_algorithm: "hmac-sha256" | "ed25519";
            /**
             * @description What each delivery carries: "full" (data and Meta's raw change), "without_raw" (no raw) or "thin" (the envelope only: fetch the event with GET /v1/events/{id})
             * @example full
             * @enum {string}
             */
            payload: "full" | "without_raw" | "thin";
            /**
             * @description Personal data this endpoint must not receive: "message_content" (removed), "phone_numbers" (phone numbers and BSUIDs) and "contact_names" (names and usernames), both replaced by a stable keyed hash "h:…". Any class also leaves out raw. The README lists the fields per event type.
             * @example []
             */
            redact: ("message_content" | "phone_numbers" | "contact_names")[];
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            updated_at: string;
            /** @description Delivery health (on get and list) */
            health?: components["schemas"]["WebhookHealthDto"];
        };
        WebhookListDto: {
            data: components["schemas"]["WebhookDto"][];
            /**
             * @description Pass as ?cursor= to get the next page; null on the last page
             * @example eyJ0IjoiMjAyNi0wNS0xMlQxNjoxMDoxNy4xMjM0NTZaIiwiaSI6IjNiMGQ4YTUyIn0
             */
            next_cursor: string | null;
        };
        UpdateWebhookDto: {
            /**
             * @description Where deliveries are POSTed: an absolute https URL whose host resolves to public addresses, on port 443, 80 or 1024 and above, without user:password@. Stored and answered in its normalised (WHATWG) form.
             * @example https://crm.example.com/hooks/whatsapp
             */
            url?: string;
            /**
             * @description Event types to receive: names from GET /v1/event-types, "<category word>.*" (e.g. "template.*") or "*"
             * @example [
             *       "template.status_updated",
             *       "message.*"
             *     ]
             */
            events?: ("message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change" | "message.*" | "user.*" | "call.*" | "history.*" | "contact.*" | "group.*" | "template.*" | "phone_number.*" | "account.*" | "flow.*" | "partner_solution.*" | "payment_configuration.*" | "ctwa.*" | "webhook.*" | "meta.*" | "*")[];
            /**
             * @description Free text for your own reference
             * @example CRM: template approvals and inbound messages
             */
            description?: string;
            /**
             * @description Whether the endpoint collects and receives events
             * @default true
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Deliveries per second at most to this endpoint, across every dispatcher replica together (1 to 1000). Events beyond it wait in their queue. Omit for unlimited; on update, 0 removes the limit.
             * @example 50
             */
            rate_limit_per_second?: number;
            /** @description Delivery-time filter */
            filter?: components["schemas"]["WebhookFilterDto"];
            /**
             * @description Extra headers sent with every delivery (at most 20): name → value, or name → { value, sensitive }. Names are HTTP tokens; values visible ASCII, spaces and tabs. A sensitive header's value is stored encrypted like every header value and is never returned (GET and list show it as { "value": null, "sensitive": true }); to keep it on update, send it back as shown. Cannot set webhook-*, proxy-*, content-type, content-length, content-encoding, host, user-agent, connection, keep-alive, transfer-encoding, te, trailer, upgrade or expect.
             * @example {
             *       "X-Api-Key": "crm-inbound-3f9a",
             *       "Authorization": {
             *         "value": "Bearer 4f1c2a9e7b",
             *         "sensitive": true
             *       }
             *     }
             */
            headers?: {
                [key: string]: string | components["schemas"]["WebhookHeaderInputDto"];
            };
            /**
             * @description What each delivery carries: "full" (data and Meta's raw change), "without_raw" (no raw) or "thin" (the envelope only: fetch the event with GET /v1/events/{id})
             * @default full
             * @example without_raw
             * @enum {string}
             */
            payload?: "full" | "without_raw" | "thin";
            /**
             * @description Personal data this endpoint must not receive: "message_content" (removed), "phone_numbers" (phone numbers and BSUIDs) and "contact_names" (names and usernames), both replaced by a stable keyed hash "h:…". Any class also leaves out raw. The README lists the fields per event type.
             * @default []
             * @example [
             *       "message_content",
             *       "phone_numbers"
             *     ]
             */
            redact?: ("message_content" | "phone_numbers" | "contact_names")[];
        };
        RotateSecretDto: {
            /**
             * @description Hours the previous secret keeps signing alongside the new one (0 = stop at once)
             * @default 24
             * @example 24
             */
            grace_period_hours?: number;
            /**
             * @description How deliveries are signed (Standard Webhooks): "hmac-sha256" (v1 signatures with the whsec_ secret) or "ed25519" (v1a signatures; you get the whpk_ public key, the private key never leaves the service). Omitted: the endpoint keeps its algorithm. A change takes effect at once; the previous secret or key keeps signing for the grace period.
             * @example ed25519
             * @enum {string}
             */
            signature_algorithm?: "hmac-sha256" | "ed25519";
        };
        WebhookSecretDto: {
            /**
             * @description Current signing secret (whsec_, hmac-sha256) or public key (whpk_, ed25519)
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwq1n8sQ3hT0y9
             */
            secret: string;
            /**
             * @description Algorithm of the current secret
             * @example hmac-sha256
             * @enum {string}
             */
            signature_algorithm: "hmac-sha256" | "ed25519";
            /**
             * Format: date-time
             * @description Until when the previous secret also signs deliveries; null when only the current one does
             * @example 2026-05-13T16:10:17.000Z
             */
            previous_secret_expires_at: string | null;
        };
        SendTestEventDto: {
            /**
             * @description Catalog event type whose example is sent
             * @example template.status_updated
             * @enum {string}
             */
            type: "message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change";
        };
        TestEventResultDto: {
            /**
             * @description Id of the test event (webhook-id header)
             * @example evt_test_4mX1y7QqP2nR8sT0
             */
            event_id: string;
            /**
             * @description True when the endpoint answered 2xx
             * @example true
             */
            success: boolean;
            /**
             * @description HTTP status of the answer; null when none came
             * @example 200
             */
            status_code: number | null;
            /**
             * @description Milliseconds until the answer (or the error)
             * @example 143
             */
            duration_ms: number;
            /**
             * @description timeout, connection_error, redirect, ssrf_blocked, http_error …
             * @example null
             */
            error_class: string | null;
            /** @example null */
            error_message: string | null;
            /**
             * @description First bytes of the response body
             * @example ok
             */
            response_body: string | null;
        };
        DeliveryAttemptDto: {
            /**
             * @description Attempt number within the delivery
             * @example 2
             */
            attempt: number;
            /**
             * @description What caused the attempt
             * @example retry
             * @enum {string}
             */
            trigger: "auto" | "retry" | "manual" | "recover" | "sweep" | "test";
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:47.120Z
             */
            started_at: string;
            /**
             * @description Time to the response (or error), milliseconds
             * @example 182
             */
            duration_ms: number;
            /**
             * @description HTTP status of the response, null when none came
             * @example 503
             */
            status_code: number | null;
            /**
             * @description Error class when no usable answer: timeout, connection_error, redirect, ssrf_blocked, …
             * @example null
             */
            error_class: string | null;
            /** @example HTTP 503 */
            error_message: string | null;
            /**
             * @description First bytes of the response body
             * @example Service Unavailable
             */
            response_body: string | null;
            /** @example false */
            success: boolean;
        };
        DeliveryDto: {
            /** @example dlv_3sJ0QeQm2yq0Yf4rPZ1H9kq8bXw */
            id: string;
            /** @example evt_Zb1lV4p0r2QmX5T6y8W9c0d1e2f */
            event_id: string;
            /**
             * @example template.status_updated
             * @enum {string}
             */
            event_type: "message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change";
            /**
             * @example succeeded
             * @enum {string}
             */
            state: "pending" | "succeeded" | "failed" | "endpoint_deleted";
            /** @example 2 */
            attempt_count: number;
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the next automatic attempt is due (pending only)
             * @example null
             */
            next_attempt_at: string | null;
            attempts: components["schemas"]["DeliveryAttemptDto"][];
        };
        DeliveryLogRetentionDto: {
            /**
             * @description Events and attempts are kept this many days. One setting of the installation (RETENTION_DAYS), the same for every workspace, not chosen per workspace.
             * @example 30
             */
            days: number;
            /**
             * @description What `days` applies to: the whole installation (every workspace alike)
             * @example installation
             * @enum {string}
             */
            applies_to: "installation";
            /**
             * Format: date-time
             * @description Oldest attempt still kept for this webhook endpoint; null when it has none
             * @example 2026-04-12T16:10:17.000Z
             */
            oldest_available: string | null;
        };
        DeliveryPageDto: {
            data: components["schemas"]["DeliveryDto"][];
            /**
             * @description Pass as cursor to get the next page; null on the last page
             * @example null
             */
            next_cursor: string | null;
            /** @description How far back the delivery log goes */
            retention: components["schemas"]["DeliveryLogRetentionDto"];
        };
        RecoverDto: {
            /**
             * Format: date-time
             * @description Start of the window (ISO-8601); at most 14 days ago
             * @example 2026-11-28T08:26:52Z
             */
            since: string;
            /**
             * Format: date-time
             * @description End of the window (ISO-8601); default now
             * @example 2026-11-29T08:26:52Z
             */
            until?: string;
        };
        RecoverResultDto: {
            /**
             * @description Failed deliveries queued again
             * @example 18
             */
            failed_requeued: number;
            /**
             * @description Events missed while the endpoint was disabled, queued now
             * @example 2
             */
            missed_queued: number;
            /**
             * @description Total queued by this call
             * @example 20
             */
            queued: number;
        };
        RetryResultDto: {
            /** @example dlv_3sJ0QeQm2yq0Yf4rPZ1H9kq8bXw */
            delivery_id: string;
            /**
             * @description Attempt number the resend is recorded under
             * @example 4
             */
            attempt: number;
            /** @example queued */
            status: string;
        };
        EventTypeDto: {
            /**
             * @description Event type name to subscribe to
             * @example template.status_updated
             * @enum {string}
             */
            name: "message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change";
            /**
             * @example templates
             * @enum {string}
             */
            category: "messages" | "group" | "templates" | "phone_number" | "account" | "ads" | "operational" | "other";
            /** @example A message template was approved, rejected, paused, disabled or reinstated. */
            description: string;
            /**
             * @description Name of the payload schema in this OpenAPI document (components.schemas)
             * @example TemplateStatusUpdatedPayload
             */
            schema_name: string;
            /**
             * @description JSON schema of the event `data` (referenced schemas under $defs)
             * @example {
             *       "type": "object",
             *       "properties": {
             *         "template_id": {
             *           "type": "string"
             *         },
             *         "status": {
             *           "type": "string"
             *         }
             *       },
             *       "required": [
             *         "template_id"
             *       ]
             *     }
             */
            schema: {
                [key: string]: unknown;
            };
            /**
             * @description A realistic `data` value
             * @example {
             *       "template_id": "1437190053021874",
             *       "template_name": "order_shipped",
             *       "language": "en_US",
             *       "status": "APPROVED",
             *       "reason": "NONE"
             *     }
             */
            example: {
                [key: string]: unknown;
            };
        };
        EventTypeListDto: {
            data: components["schemas"]["EventTypeDto"][];
            /**
             * @description Every wildcard accepted in `events`
             * @example [
             *       "message.*",
             *       "template.*",
             *       "*"
             *     ]
             */
            wildcards: string[];
        };
        CurrentWorkspaceDto: {
            /**
             * Format: uuid
             * @description Workspace id
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            id: string;
            /** @example Acme Marketing */
            name: string;
            /**
             * @description WhatsApp Business Account ids linked to the workspace
             * @example [
             *       "102290129340398"
             *     ]
             */
            waba_ids: string[];
            /**
             * Format: date-time
             * @example 2026-05-12T16:10:17.000Z
             */
            created_at: string;
        };
        CreatePortalSessionDto: {
            /**
             * @description Lifetime of the URL in seconds (default 3600); at most PORTAL_SESSION_MAX_TTL (24 h unless configured).
             * @default 3600
             * @example 900
             */
            expires_in_seconds?: number;
            /**
             * @description When true the page can look but not change anything: every write answers 403.
             * @default false
             * @example false
             */
            read_only?: boolean;
        };
        CreatedPortalSessionDto: {
            /**
             * @description Id to revoke the sign-in by
             * @example 3c9d6c55-1f0e-4d8a-9b62-7a3b2f1e0c44
             */
            id: string;
            /**
             * @description First characters of the token
             * @example wp_Q2hw4k
             */
            prefix: string;
            /**
             * @description Writes answer 403
             * @example false
             */
            read_only: boolean;
            /** @example 2026-05-12T16:10:17.000Z */
            created_at: string;
            /** @example 2026-05-12T17:10:17.000Z */
            expires_at: string;
            /** @example null */
            revoked_at: string | null;
            /**
             * @description Opens the settings page signed in to this workspace. The token is in the fragment, so browsers never send it to a server; shown once, only its hash is stored.
             * @example https://webhooks.example.com/settings/webhooks#portal=wp_Q2hw4kX9e1bN7sV0cZt3yL8mR5aJ2uP6dF4gH1kW0qE
             */
            url: string;
        };
        PortalSessionDto: {
            /**
             * @description Id to revoke the sign-in by
             * @example 3c9d6c55-1f0e-4d8a-9b62-7a3b2f1e0c44
             */
            id: string;
            /**
             * @description First characters of the token
             * @example wp_Q2hw4k
             */
            prefix: string;
            /**
             * @description Writes answer 403
             * @example false
             */
            read_only: boolean;
            /** @example 2026-05-12T16:10:17.000Z */
            created_at: string;
            /** @example 2026-05-12T17:10:17.000Z */
            expires_at: string;
            /** @example null */
            revoked_at: string | null;
        };
        TextContentPayload: {
            /**
             * @description Message text.
             * @example Hi! Do you have the blue sneakers in size 38?
             */
            body: string;
        };
        MediaContentPayload: {
            /**
             * @description Media asset id; download it with the Cloud API media endpoint.
             * @example 1152007129257463
             */
            id?: string;
            /**
             * @description MIME type.
             * @example image/jpeg
             */
            mime_type?: string;
            /**
             * @description SHA-256 of the media file (base64).
             * @example DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8=
             */
            sha256?: string;
            /**
             * @description Caption (image, video, document).
             * @example This is the damaged box I received
             */
            caption?: string;
            /**
             * @description File name (document).
             * @example invoice-8841.pdf
             */
            filename?: string;
            /**
             * @description True for a voice note recorded in WhatsApp (audio).
             * @example true
             */
            voice?: boolean;
            /**
             * @description True for an animated sticker.
             * @example false
             */
            animated?: boolean;
            /**
             * @description Short-lived download URL when Meta includes one.
             * @example https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1152007129257463
             */
            url?: string;
        };
        LocationContentPayload: {
            /**
             * @description Latitude.
             * @example 40.4168
             */
            latitude?: number;
            /**
             * @description Longitude.
             * @example -3.7038
             */
            longitude?: number;
            /**
             * @description Place name.
             * @example Example Shoes — Gran Vía
             */
            name?: string;
            /**
             * @description Place address.
             * @example Gran Vía 1, Madrid
             */
            address?: string;
            /**
             * @description Place URL.
             * @example https://example.com/stores/madrid
             */
            url?: string;
        };
        ReplyPayload: {
            /**
             * @description Id of the button or row you defined.
             * @example confirm-booking-7731
             */
            id?: string;
            /**
             * @description Title shown to the user.
             * @example Confirm
             */
            title?: string;
            /**
             * @description Row description (list replies).
             * @example Delivered in 24h
             */
            description?: string;
        };
        NfmReplyPayload: {
            /**
             * @description Always "flow" for WhatsApp Flows replies.
             * @example flow
             */
            name?: string;
            /**
             * @description Reply body, usually "Sent".
             * @example Sent
             */
            body?: string;
            /**
             * @description The Flow response: parsed into an object when Meta sends valid JSON, else the raw string.
             * @example {
             *       "flow_token": "booking-7731",
             *       "date": "2026-05-20"
             *     }
             */
            response_json?: {
                [key: string]: unknown;
            } | string;
        };
        InteractiveContentPayload: {
            /**
             * @description Reply kind: button_reply, list_reply, nfm_reply (Flow), or another Meta kind carried raw.
             * @example button_reply
             */
            type: string;
            /**
             * @description Reply button pressed.
             * @example {
             *       "id": "confirm-booking-7731",
             *       "title": "Confirm"
             *     }
             */
            button_reply?: components["schemas"]["ReplyPayload"];
            /**
             * @description List row chosen.
             * @example {
             *       "id": "express",
             *       "title": "Express",
             *       "description": "Delivered in 24h"
             *     }
             */
            list_reply?: components["schemas"]["ReplyPayload"];
            /**
             * @description WhatsApp Flow response.
             * @example {
             *       "name": "flow",
             *       "body": "Sent",
             *       "response_json": {
             *         "flow_token": "booking-7731"
             *       }
             *     }
             */
            nfm_reply?: components["schemas"]["NfmReplyPayload"];
        };
        ButtonContentPayload: {
            /**
             * @description Payload of the template quick-reply button.
             * @example STOP_PROMOS
             */
            payload?: string;
            /**
             * @description Button text.
             * @example Stop promotions
             */
            text?: string;
        };
        ReactionContentPayload: {
            /**
             * @description wamid of the message reacted to.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA
             */
            message_id?: string;
            /**
             * @description The emoji; absent when the reaction was removed.
             * @example 👍
             */
            emoji?: string;
            /**
             * @description True when the user removed their reaction.
             * @example true
             */
            removed?: boolean;
        };
        OrderProductItemPayload: {
            /**
             * @description Product retailer id (SKU).
             * @example SNK-BLUE-38
             */
            product_retailer_id?: string;
            /**
             * @description Quantity.
             * @example 1
             */
            quantity?: number;
            /**
             * @description Unit price.
             * @example 59.9
             */
            item_price?: number;
            /**
             * @description ISO 4217 currency.
             * @example EUR
             */
            currency?: string;
        };
        OrderContentPayload: {
            /**
             * @description Catalog id.
             * @example 880321517400221
             */
            catalog_id?: string;
            /**
             * @description Text sent with the order.
             * @example Please gift wrap it
             */
            text?: string;
            /**
             * @description Ordered items.
             * @example [
             *       {
             *         "product_retailer_id": "SNK-BLUE-38",
             *         "quantity": 1,
             *         "item_price": 59.9,
             *         "currency": "EUR"
             *       }
             *     ]
             */
            product_items?: components["schemas"]["OrderProductItemPayload"][];
        };
        SystemIdentityPayload: {
            /**
             * @description Whether the identity change was acknowledged.
             * @example true
             */
            acknowledged?: boolean;
            /**
             * @description When the new identity was created (ISO-8601).
             * @example 2026-05-11T08:00:00Z
             */
            created_timestamp?: string;
            /**
             * @description Hash of the new identity key.
             * @example Sjvjlx8G6Z0=
             */
            hash?: string;
        };
        SystemContentPayload: {
            /**
             * @description System message text.
             * @example User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471
             */
            body?: string;
            /**
             * @description System message type: user_changed_number (new phone in wa_id), user_changed_user_id (new BSUID in user_id), customer_identity_changed (identity), or another Meta value.
             * @example user_changed_user_id
             */
            type?: string;
            /**
             * @description The user's new phone number (user_changed_number), or their phone number when Meta gives it.
             * @example 16505550199
             */
            wa_id?: string;
            /**
             * @description The user's new BSUID (user_changed_user_id).
             * @example US.20385511893361028471
             */
            user_id?: string;
            /**
             * @description The user's new parent BSUID (user_changed_user_id, parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            parent_user_id?: string;
            /**
             * @description New WhatsApp id after a number change (older API versions).
             * @example 16505550199
             */
            new_wa_id?: string;
            /**
             * @description Customer wa_id (older API versions).
             * @example 16505550123
             */
            customer?: string;
            /**
             * @description The new identity (customer_identity_changed).
             * @example {
             *       "acknowledged": true,
             *       "created_timestamp": "2026-05-11T08:00:00Z",
             *       "hash": "Sjvjlx8G6Z0="
             *     }
             */
            identity?: components["schemas"]["SystemIdentityPayload"];
        };
        ReferredProductPayload: {
            /**
             * @description Catalog id.
             * @example 880321517400221
             */
            catalog_id?: string;
            /**
             * @description Product retailer id.
             * @example SNK-BLUE-38
             */
            product_retailer_id?: string;
        };
        MessageContextPayload: {
            /**
             * @description Sender of the message replied to (your business number for replies to you).
             * @example 15550100001
             */
            from?: string;
            /**
             * @description wamid of the message replied to.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA
             */
            message_id?: string;
            /**
             * @description True when the message was forwarded.
             * @example true
             */
            forwarded?: boolean;
            /**
             * @description True when forwarded more than 5 times.
             * @example false
             */
            frequently_forwarded?: boolean;
            /**
             * @description Product the user asked about (Message Business button).
             * @example {
             *       "catalog_id": "880321517400221",
             *       "product_retailer_id": "SNK-BLUE-38"
             *     }
             */
            referred_product?: components["schemas"]["ReferredProductPayload"];
        };
        EditedMessagePayload: {
            /**
             * @description text, image, video, audio, document, sticker, location, contacts, interactive, button, reaction, order, system, unsupported, unknown, edit, revoke, request_welcome, or a newer Meta type.
             * @example text
             */
            message_type: string;
            /**
             * @description Text content.
             * @example {
             *       "body": "Hi!"
             *     }
             */
            text?: components["schemas"]["TextContentPayload"];
            /**
             * @description Image content.
             * @example {
             *       "id": "1152007129257463",
             *       "mime_type": "image/jpeg",
             *       "sha256": "DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8="
             *     }
             */
            image?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Video content.
             * @example {
             *       "id": "1152007129257464",
             *       "mime_type": "video/mp4",
             *       "sha256": "q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1c="
             *     }
             */
            video?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Audio content (voice=true for voice notes).
             * @example {
             *       "id": "1152007129257465",
             *       "mime_type": "audio/ogg; codecs=opus",
             *       "sha256": "z9X8c7V6b5N4m3L2k1J0h9G8f7D6s5A4p3O2i1U0y9T=",
             *       "voice": true
             *     }
             */
            audio?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Document content.
             * @example {
             *       "id": "1152007129257466",
             *       "mime_type": "application/pdf",
             *       "sha256": "m1N2b3V4c5X6z7L8k9J0h1G2f3D4s5A6p7O8i9U0y1T=",
             *       "filename": "invoice-8841.pdf"
             *     }
             */
            document?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Sticker content.
             * @example {
             *       "id": "1152007129257467",
             *       "mime_type": "image/webp",
             *       "sha256": "a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6q7W8e9R0t1Y=",
             *       "animated": false
             *     }
             */
            sticker?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Location content.
             * @example {
             *       "latitude": 40.4168,
             *       "longitude": -3.7038,
             *       "name": "Example Shoes"
             *     }
             */
            location?: components["schemas"]["LocationContentPayload"];
            /**
             * @description Shared contact cards, as Meta sends them (name, phones, emails, addresses, org, urls, birthday; vcard and origin since 2026).
             * @example [
             *       {
             *         "name": {
             *           "formatted_name": "Luis Gómez",
             *           "first_name": "Luis"
             *         },
             *         "phones": [
             *           {
             *             "phone": "+34 600 000 000",
             *             "wa_id": "34600000000",
             *             "type": "CELL"
             *           }
             *         ]
             *       }
             *     ]
             */
            contacts?: ({
                /** @description formatted_name, first_name, last_name, … */
                name?: {
                    [key: string]: unknown;
                };
                /** @description phone, wa_id, type */
                phones?: {
                    [key: string]: unknown;
                }[];
                emails?: {
                    [key: string]: unknown;
                }[];
                addresses?: {
                    [key: string]: unknown;
                }[];
                org?: {
                    [key: string]: unknown;
                };
                urls?: {
                    [key: string]: unknown;
                }[];
                birthday?: string;
                vcard?: string;
                origin?: string;
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description Interactive reply (button, list, Flow).
             * @example {
             *       "type": "button_reply",
             *       "button_reply": {
             *         "id": "confirm-booking-7731",
             *         "title": "Confirm"
             *       }
             *     }
             */
            interactive?: components["schemas"]["InteractiveContentPayload"];
            /**
             * @description Template quick-reply button press.
             * @example {
             *       "payload": "STOP_PROMOS",
             *       "text": "Stop promotions"
             *     }
             */
            button?: components["schemas"]["ButtonContentPayload"];
            /**
             * @description Reaction (removed=true when the reaction was withdrawn).
             * @example {
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA",
             *       "emoji": "👍"
             *     }
             */
            reaction?: components["schemas"]["ReactionContentPayload"];
            /**
             * @description Cart order.
             * @example {
             *       "catalog_id": "880321517400221",
             *       "product_items": [
             *         {
             *           "product_retailer_id": "SNK-BLUE-38",
             *           "quantity": 1,
             *           "item_price": 59.9,
             *           "currency": "EUR"
             *         }
             *       ]
             *     }
             */
            order?: components["schemas"]["OrderContentPayload"];
            /**
             * @description System message: the user changed number, BSUID or identity.
             * @example {
             *       "body": "User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471",
             *       "type": "user_changed_user_id",
             *       "user_id": "US.20385511893361028471"
             *     }
             */
            system?: components["schemas"]["SystemContentPayload"];
            /**
             * @description Unsupported message type (details in errors).
             * @example {
             *       "type": "poll"
             *     }
             */
            unsupported?: {
                /**
                 * @description Meta's name for the type
                 * @example poll
                 */
                type?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Reply / forward context.
             * @example {
             *       "from": "15550100001",
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA"
             *     }
             */
            context?: components["schemas"]["MessageContextPayload"];
        };
        EditContentPayload: {
            /**
             * @description wamid of the message that was edited.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=
             */
            original_message_id?: string;
            /**
             * @description The message as it reads after the edit, typed like any message content.
             * @example {
             *       "message_type": "text",
             *       "text": {
             *         "body": "Does it come in blue?"
             *       }
             *     }
             */
            message?: components["schemas"]["EditedMessagePayload"];
        };
        RevokeContentPayload: {
            /**
             * @description wamid of the message that was deleted.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=
             */
            original_message_id?: string;
        };
        WelcomeMessagePayload: {
            /**
             * @description Greeting shown in the ad thread.
             * @example Hi there! How can we help you today?
             */
            text?: string;
        };
        ReferralPayload: {
            /**
             * @description URL of the ad or post.
             * @example https://fb.me/0aBcDeFgH
             */
            source_url?: string;
            /**
             * @description Ad or post id.
             * @example 120245500000000001
             */
            source_id?: string;
            /**
             * @description "ad" or "post".
             * @example ad
             */
            source_type?: string;
            /**
             * @description Ad headline.
             * @example Chat with us on WhatsApp
             */
            headline?: string;
            /**
             * @description Ad body.
             * @example Spring sale: 20% off all running shoes
             */
            body?: string;
            /**
             * @description "image" or "video".
             * @example image
             */
            media_type?: string;
            /**
             * @description Ad image URL.
             * @example https://scontent.xx.fbcdn.net/v/t45.1600-4/ad_image.jpg
             */
            image_url?: string;
            /**
             * @description Ad video URL.
             * @example https://video.xx.fbcdn.net/v/t42.1790-2/ad_video.mp4
             */
            video_url?: string;
            /**
             * @description Ad video thumbnail URL.
             * @example https://scontent.xx.fbcdn.net/v/t15.5256-10/thumb.jpg
             */
            thumbnail_url?: string;
            /**
             * @description Click id of the ad (for conversion reporting).
             * @example Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp
             */
            ctwa_clid?: string;
            /**
             * @description Ad greeting.
             * @example {
             *       "text": "Hi there! How can we help you today?"
             *     }
             */
            welcome_message?: components["schemas"]["WelcomeMessagePayload"];
        };
        MetaErrorPayload: {
            /**
             * @description Meta's error code.
             * @example 131049
             */
            code?: number;
            /**
             * @description Short error title.
             * @example This message was not delivered to maintain healthy ecosystem engagement.
             */
            title?: string;
            /**
             * @description Error message.
             * @example This message was not delivered to maintain healthy ecosystem engagement.
             */
            message?: string;
            /**
             * @description Details (Meta's error_data.details).
             * @example In order to maintain a healthy ecosystem engagement, the message failed to be delivered.
             */
            details?: string;
            /**
             * @description Link to Meta's error code reference.
             * @example /documentation/business-messaging/whatsapp/support/error-codes
             */
            href?: string;
        };
        WhatsAppUserPayload: {
            /**
             * @description Phone number (Meta's wa_id), digits only; absent when Meta withholds it.
             * @example 16505550123
             */
            wa_id?: string;
            /**
             * @description Business-scoped user id (BSUID): country code, a dot, then up to 128 alphanumerics.
             * @example US.13491208655302741918
             */
            user_id?: string;
            /**
             * @description Parent BSUID, shared by the business portfolios enrolled in one parent BSUID account.
             * @example US.ENT.11815799212886844830
             */
            parent_user_id?: string;
            /**
             * @description WhatsApp username (Meta's profile.username), when the user set one.
             * @example @anatorres
             */
            username?: string;
            /**
             * @description Profile name (Meta's profile.name).
             * @example Ana Torres
             */
            name?: string;
        };
        MessageReceivedPayload: {
            /**
             * @description text, image, video, audio, document, sticker, location, contacts, interactive, button, reaction, order, system, unsupported, unknown, edit, revoke, request_welcome, or a newer Meta type.
             * @example text
             */
            message_type: string;
            /**
             * @description Text content.
             * @example {
             *       "body": "Hi!"
             *     }
             */
            text?: components["schemas"]["TextContentPayload"];
            /**
             * @description Image content.
             * @example {
             *       "id": "1152007129257463",
             *       "mime_type": "image/jpeg",
             *       "sha256": "DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8="
             *     }
             */
            image?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Video content.
             * @example {
             *       "id": "1152007129257464",
             *       "mime_type": "video/mp4",
             *       "sha256": "q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1c="
             *     }
             */
            video?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Audio content (voice=true for voice notes).
             * @example {
             *       "id": "1152007129257465",
             *       "mime_type": "audio/ogg; codecs=opus",
             *       "sha256": "z9X8c7V6b5N4m3L2k1J0h9G8f7D6s5A4p3O2i1U0y9T=",
             *       "voice": true
             *     }
             */
            audio?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Document content.
             * @example {
             *       "id": "1152007129257466",
             *       "mime_type": "application/pdf",
             *       "sha256": "m1N2b3V4c5X6z7L8k9J0h1G2f3D4s5A6p7O8i9U0y1T=",
             *       "filename": "invoice-8841.pdf"
             *     }
             */
            document?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Sticker content.
             * @example {
             *       "id": "1152007129257467",
             *       "mime_type": "image/webp",
             *       "sha256": "a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6q7W8e9R0t1Y=",
             *       "animated": false
             *     }
             */
            sticker?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Location content.
             * @example {
             *       "latitude": 40.4168,
             *       "longitude": -3.7038,
             *       "name": "Example Shoes"
             *     }
             */
            location?: components["schemas"]["LocationContentPayload"];
            /**
             * @description Shared contact cards, as Meta sends them (name, phones, emails, addresses, org, urls, birthday; vcard and origin since 2026).
             * @example [
             *       {
             *         "name": {
             *           "formatted_name": "Luis Gómez",
             *           "first_name": "Luis"
             *         },
             *         "phones": [
             *           {
             *             "phone": "+34 600 000 000",
             *             "wa_id": "34600000000",
             *             "type": "CELL"
             *           }
             *         ]
             *       }
             *     ]
             */
            contacts?: ({
                /** @description formatted_name, first_name, last_name, … */
                name?: {
                    [key: string]: unknown;
                };
                /** @description phone, wa_id, type */
                phones?: {
                    [key: string]: unknown;
                }[];
                emails?: {
                    [key: string]: unknown;
                }[];
                addresses?: {
                    [key: string]: unknown;
                }[];
                org?: {
                    [key: string]: unknown;
                };
                urls?: {
                    [key: string]: unknown;
                }[];
                birthday?: string;
                vcard?: string;
                origin?: string;
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description Interactive reply (button, list, Flow).
             * @example {
             *       "type": "button_reply",
             *       "button_reply": {
             *         "id": "confirm-booking-7731",
             *         "title": "Confirm"
             *       }
             *     }
             */
            interactive?: components["schemas"]["InteractiveContentPayload"];
            /**
             * @description Template quick-reply button press.
             * @example {
             *       "payload": "STOP_PROMOS",
             *       "text": "Stop promotions"
             *     }
             */
            button?: components["schemas"]["ButtonContentPayload"];
            /**
             * @description Reaction (removed=true when the reaction was withdrawn).
             * @example {
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA",
             *       "emoji": "👍"
             *     }
             */
            reaction?: components["schemas"]["ReactionContentPayload"];
            /**
             * @description Cart order.
             * @example {
             *       "catalog_id": "880321517400221",
             *       "product_items": [
             *         {
             *           "product_retailer_id": "SNK-BLUE-38",
             *           "quantity": 1,
             *           "item_price": 59.9,
             *           "currency": "EUR"
             *         }
             *       ]
             *     }
             */
            order?: components["schemas"]["OrderContentPayload"];
            /**
             * @description System message: the user changed number, BSUID or identity.
             * @example {
             *       "body": "User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471",
             *       "type": "user_changed_user_id",
             *       "user_id": "US.20385511893361028471"
             *     }
             */
            system?: components["schemas"]["SystemContentPayload"];
            /**
             * @description Unsupported message type (details in errors).
             * @example {
             *       "type": "poll"
             *     }
             */
            unsupported?: {
                /**
                 * @description Meta's name for the type
                 * @example poll
                 */
                type?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Reply / forward context.
             * @example {
             *       "from": "15550100001",
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA"
             *     }
             */
            context?: components["schemas"]["MessageContextPayload"];
            /**
             * @description WhatsApp message id (wamid).
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=
             */
            message_id: string;
            /**
             * @description Sender phone number; Meta omits it for a user with a username whose number it may not share (see from_user_id).
             * @example 16505550123
             */
            from?: string;
            /**
             * @description Sender's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            from_user_id?: string;
            /**
             * @description Sender's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            from_parent_user_id?: string;
            /**
             * @description Group the message was sent in (group messages only).
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id?: string;
            /**
             * @description When the message was sent (ISO-8601).
             * @example 2026-05-11T08:06:51Z
             */
            timestamp?: string;
            /**
             * @description Edit of an earlier message (echoes of the business app).
             * @example {
             *       "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
             *       "message": {
             *         "message_type": "text",
             *         "text": {
             *           "body": "Opening hours: 9:00-19:00"
             *         }
             *       }
             *     }
             */
            edit?: components["schemas"]["EditContentPayload"];
            /**
             * @description Deletion of an earlier message (echoes of the business app).
             * @example {
             *       "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="
             *     }
             */
            revoke?: components["schemas"]["RevokeContentPayload"];
            /**
             * @description Click-to-WhatsApp ad referral with ctwa_clid.
             * @example {
             *       "source_type": "ad",
             *       "source_id": "120245500000000001",
             *       "ctwa_clid": "Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ"
             *     }
             */
            referral?: components["schemas"]["ReferralPayload"];
            /**
             * @description Errors (unsupported / unknown messages).
             * @example [
             *       {
             *         "code": 131051,
             *         "title": "Message type unknown",
             *         "message": "Message type unknown",
             *         "details": "Message type is currently not supported."
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description The sender: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918",
             *       "name": "Ana Torres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Profile name of the sender.
             * @example Ana Torres
             */
            contact_name?: string;
            /**
             * @description The business number that received it.
             * @example 15550100001
             */
            display_phone_number?: string;
        };
        ConversationPayload: {
            /**
             * @description Conversation id.
             * @example a2e653d5609c7b024ae53c8fc81bf016
             */
            id?: string;
            /**
             * @description Conversation origin / category (Meta's conversation.origin.type).
             * @example marketing
             */
            origin_type?: string;
            /**
             * @description When the conversation window expires (ISO-8601).
             * @example 2026-05-12T08:33:20Z
             */
            expiration_timestamp?: string;
        };
        PricingPayload: {
            /**
             * @description Whether the message is billable.
             * @example true
             */
            billable?: boolean;
            /**
             * @description Pricing model (CBP or PMP).
             * @example PMP
             */
            pricing_model?: string;
            /**
             * @description Pricing category.
             * @example marketing
             */
            category?: string;
            /**
             * @description Pricing type (regular, free_customer_service, free_entry_point).
             * @example regular
             */
            type?: string;
        };
        MessageStatusUpdatedPayload: {
            /**
             * @description wamid of the message the status is about.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA
             */
            message_id: string;
            /**
             * @description sent, delivered, read, failed (or played for voice).
             * @example delivered
             */
            status: string;
            /**
             * @description Recipient phone number, or the group id for group sends; Meta omits it when you sent to a BSUID and may not share the number.
             * @example 16505550123
             */
            recipient_id?: string;
            /**
             * @description Recipient's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            recipient_user_id?: string;
            /**
             * @description Recipient's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            recipient_parent_user_id?: string;
            /**
             * @description "group" when the message was sent to a group (absent for one-to-one messages).
             * @example group
             */
            recipient_type?: string;
            /**
             * @description Group id (group sends: the recipient_id).
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id?: string;
            /**
             * @description Phone number of the group participant the status is about (group sends).
             * @example 16505550123
             */
            recipient_participant_id?: string;
            /**
             * @description BSUID of the group participant the status is about (group sends).
             * @example US.13491208655302741918
             */
            recipient_participant_user_id?: string;
            /**
             * @description Parent BSUID of the group participant (group sends, parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            recipient_participant_parent_user_id?: string;
            /**
             * @description Hash of the recipient's identity key (identity change check enabled).
             * @example Sjvjlx8G6Z0=
             */
            recipient_identity_key_hash?: string;
            /**
             * @description The recipient (the participant for group sends): phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918",
             *       "username": "@anatorres",
             *       "name": "Ana Torres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description When the status happened (ISO-8601).
             * @example 2026-05-11T08:33:24Z
             */
            timestamp?: string;
            /**
             * @description The business number that sent the message.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description Conversation the message opened or belongs to.
             * @example {
             *       "id": "a2e653d5609c7b024ae53c8fc81bf016",
             *       "origin_type": "marketing"
             *     }
             */
            conversation?: components["schemas"]["ConversationPayload"];
            /**
             * @description Pricing of the message.
             * @example {
             *       "billable": true,
             *       "pricing_model": "PMP",
             *       "category": "marketing",
             *       "type": "regular"
             *     }
             */
            pricing?: components["schemas"]["PricingPayload"];
            /**
             * @description Why a message failed.
             * @example [
             *       {
             *         "code": 131049,
             *         "title": "This message was not delivered to maintain healthy ecosystem engagement."
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description The opaque string you attached when sending.
             * @example campaign=spring26;crm=lead-88412
             */
            biz_opaque_callback_data?: string;
        };
        MessageErrorPayload: {
            /**
             * @description The business number concerned.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description The errors.
             * @example [
             *       {
             *         "code": 131000,
             *         "title": "Something went wrong",
             *         "message": "Something went wrong",
             *         "details": "Unable to process the webhook."
             *       }
             *     ]
             */
            errors: components["schemas"]["MetaErrorPayload"][];
        };
        MessageEchoedPayload: {
            /**
             * @description text, image, video, audio, document, sticker, location, contacts, interactive, button, reaction, order, system, unsupported, unknown, edit, revoke, request_welcome, or a newer Meta type.
             * @example text
             */
            message_type: string;
            /**
             * @description Text content.
             * @example {
             *       "body": "Hi!"
             *     }
             */
            text?: components["schemas"]["TextContentPayload"];
            /**
             * @description Image content.
             * @example {
             *       "id": "1152007129257463",
             *       "mime_type": "image/jpeg",
             *       "sha256": "DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8="
             *     }
             */
            image?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Video content.
             * @example {
             *       "id": "1152007129257464",
             *       "mime_type": "video/mp4",
             *       "sha256": "q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1c="
             *     }
             */
            video?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Audio content (voice=true for voice notes).
             * @example {
             *       "id": "1152007129257465",
             *       "mime_type": "audio/ogg; codecs=opus",
             *       "sha256": "z9X8c7V6b5N4m3L2k1J0h9G8f7D6s5A4p3O2i1U0y9T=",
             *       "voice": true
             *     }
             */
            audio?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Document content.
             * @example {
             *       "id": "1152007129257466",
             *       "mime_type": "application/pdf",
             *       "sha256": "m1N2b3V4c5X6z7L8k9J0h1G2f3D4s5A6p7O8i9U0y1T=",
             *       "filename": "invoice-8841.pdf"
             *     }
             */
            document?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Sticker content.
             * @example {
             *       "id": "1152007129257467",
             *       "mime_type": "image/webp",
             *       "sha256": "a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6q7W8e9R0t1Y=",
             *       "animated": false
             *     }
             */
            sticker?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Location content.
             * @example {
             *       "latitude": 40.4168,
             *       "longitude": -3.7038,
             *       "name": "Example Shoes"
             *     }
             */
            location?: components["schemas"]["LocationContentPayload"];
            /**
             * @description Shared contact cards, as Meta sends them (name, phones, emails, addresses, org, urls, birthday; vcard and origin since 2026).
             * @example [
             *       {
             *         "name": {
             *           "formatted_name": "Luis Gómez",
             *           "first_name": "Luis"
             *         },
             *         "phones": [
             *           {
             *             "phone": "+34 600 000 000",
             *             "wa_id": "34600000000",
             *             "type": "CELL"
             *           }
             *         ]
             *       }
             *     ]
             */
            contacts?: ({
                /** @description formatted_name, first_name, last_name, … */
                name?: {
                    [key: string]: unknown;
                };
                /** @description phone, wa_id, type */
                phones?: {
                    [key: string]: unknown;
                }[];
                emails?: {
                    [key: string]: unknown;
                }[];
                addresses?: {
                    [key: string]: unknown;
                }[];
                org?: {
                    [key: string]: unknown;
                };
                urls?: {
                    [key: string]: unknown;
                }[];
                birthday?: string;
                vcard?: string;
                origin?: string;
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description Interactive reply (button, list, Flow).
             * @example {
             *       "type": "button_reply",
             *       "button_reply": {
             *         "id": "confirm-booking-7731",
             *         "title": "Confirm"
             *       }
             *     }
             */
            interactive?: components["schemas"]["InteractiveContentPayload"];
            /**
             * @description Template quick-reply button press.
             * @example {
             *       "payload": "STOP_PROMOS",
             *       "text": "Stop promotions"
             *     }
             */
            button?: components["schemas"]["ButtonContentPayload"];
            /**
             * @description Reaction (removed=true when the reaction was withdrawn).
             * @example {
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA",
             *       "emoji": "👍"
             *     }
             */
            reaction?: components["schemas"]["ReactionContentPayload"];
            /**
             * @description Cart order.
             * @example {
             *       "catalog_id": "880321517400221",
             *       "product_items": [
             *         {
             *           "product_retailer_id": "SNK-BLUE-38",
             *           "quantity": 1,
             *           "item_price": 59.9,
             *           "currency": "EUR"
             *         }
             *       ]
             *     }
             */
            order?: components["schemas"]["OrderContentPayload"];
            /**
             * @description System message: the user changed number, BSUID or identity.
             * @example {
             *       "body": "User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471",
             *       "type": "user_changed_user_id",
             *       "user_id": "US.20385511893361028471"
             *     }
             */
            system?: components["schemas"]["SystemContentPayload"];
            /**
             * @description Unsupported message type (details in errors).
             * @example {
             *       "type": "poll"
             *     }
             */
            unsupported?: {
                /**
                 * @description Meta's name for the type
                 * @example poll
                 */
                type?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Reply / forward context.
             * @example {
             *       "from": "15550100001",
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA"
             *     }
             */
            context?: components["schemas"]["MessageContextPayload"];
            /**
             * @description WhatsApp message id (wamid).
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=
             */
            message_id: string;
            /**
             * @description Sender phone number; Meta omits it for a user with a username whose number it may not share (see from_user_id).
             * @example 16505550123
             */
            from?: string;
            /**
             * @description Sender's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            from_user_id?: string;
            /**
             * @description Sender's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            from_parent_user_id?: string;
            /**
             * @description Group the message was sent in (group messages only).
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id?: string;
            /**
             * @description When the message was sent (ISO-8601).
             * @example 2026-05-11T08:06:51Z
             */
            timestamp?: string;
            /**
             * @description Edit of an earlier message (echoes of the business app).
             * @example {
             *       "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
             *       "message": {
             *         "message_type": "text",
             *         "text": {
             *           "body": "Opening hours: 9:00-19:00"
             *         }
             *       }
             *     }
             */
            edit?: components["schemas"]["EditContentPayload"];
            /**
             * @description Deletion of an earlier message (echoes of the business app).
             * @example {
             *       "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="
             *     }
             */
            revoke?: components["schemas"]["RevokeContentPayload"];
            /**
             * @description Click-to-WhatsApp ad referral with ctwa_clid.
             * @example {
             *       "source_type": "ad",
             *       "source_id": "120245500000000001",
             *       "ctwa_clid": "Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ"
             *     }
             */
            referral?: components["schemas"]["ReferralPayload"];
            /**
             * @description Errors (unsupported / unknown messages).
             * @example [
             *       {
             *         "code": 131051,
             *         "title": "Message type unknown",
             *         "message": "Message type unknown",
             *         "details": "Message type is currently not supported."
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description Recipient WhatsApp user phone number, when Meta gives it.
             * @example 16505550123
             */
            to?: string;
            /**
             * @description Recipient's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            to_user_id?: string;
            /**
             * @description Recipient's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            to_parent_user_id?: string;
            /**
             * @description The WhatsApp user the business wrote to, as far as Meta gave it.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description The business number that sent it.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description Meta field it came from: smb_message_echoes or message_echoes.
             * @example smb_message_echoes
             */
            source: string;
        };
        UserPreferencesUpdatedPayload: {
            /**
             * @description Phone number of the user, when Meta gives it.
             * @example 447700900123
             */
            wa_id?: string;
            /**
             * @description User's business-scoped user id (BSUID).
             * @example GB.20558302741918134912
             */
            user_id?: string;
            /**
             * @description User's parent BSUID (parent BSUIDs enabled).
             * @example GB.ENT.11815799212886844830
             */
            parent_user_id?: string;
            /**
             * @description The user: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "447700900123",
             *       "user_id": "GB.20558302741918134912",
             *       "name": "Chloe Martin"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Profile name of the user.
             * @example Chloe Martin
             */
            contact_name?: string;
            /**
             * @description Preference category.
             * @example marketing_messages
             */
            category?: string;
            /**
             * @description New value: stop or resume.
             * @example stop
             */
            value?: string;
            /**
             * @description Meta's description of the change.
             * @example User requested to stop marketing messages
             */
            detail?: string;
            /**
             * @description When the user changed it (ISO-8601).
             * @example 2026-05-11T10:33:20Z
             */
            timestamp?: string;
            /**
             * @description The business number concerned.
             * @example 15550100001
             */
            display_phone_number?: string;
        };
        CallSessionPayload: {
            /**
             * @description "offer" (user-initiated call) or "answer" (business-initiated call).
             * @example offer
             */
            sdp_type?: string;
            /**
             * @description RFC 8866 SDP.
             * @example v=0
             *     o=- 7669997803033704573 2 IN IP4 127.0.0.1
             *     ...
             */
            sdp?: string;
        };
        CallPayload: {
            /**
             * @description WhatsApp call id (wacid).
             * @example wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwYCzE1NTUwMTAwMDAxFQIAAA==
             */
            call_id: string;
            /**
             * @description Meta's call event: connect or terminate.
             * @example connect
             */
            event: string;
            /**
             * @description USER_INITIATED or BUSINESS_INITIATED.
             * @example USER_INITIATED
             */
            direction?: string;
            /**
             * @description Caller phone number (absent for a user Meta does not share the number of).
             * @example 16505550123
             */
            from?: string;
            /**
             * @description Caller's BSUID (user-initiated calls).
             * @example US.13491208655302741918
             */
            from_user_id?: string;
            /**
             * @description Caller's parent BSUID (user-initiated calls, parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            from_parent_user_id?: string;
            /**
             * @description Callee phone number.
             * @example 15550100001
             */
            to?: string;
            /**
             * @description Callee's BSUID (business-initiated calls).
             * @example US.13491208655302741918
             */
            to_user_id?: string;
            /**
             * @description Callee's parent BSUID (business-initiated calls, parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            to_parent_user_id?: string;
            /**
             * @description The WhatsApp user on the call (caller or callee): phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918",
             *       "name": "Ana Torres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Profile name of the WhatsApp user.
             * @example Ana Torres
             */
            contact_name?: string;
            /**
             * @description When the event happened (ISO-8601).
             * @example 2026-05-11T09:10:00Z
             */
            timestamp?: string;
            /**
             * @description The business number.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description WebRTC session (connect).
             * @example {
             *       "sdp_type": "offer",
             *       "sdp": "v=0\r\n..."
             *     }
             */
            session?: components["schemas"]["CallSessionPayload"];
            /**
             * @description Final call status (terminate): COMPLETED or FAILED.
             * @example COMPLETED
             */
            status?: string;
            /**
             * @description Call start (terminate, ISO-8601).
             * @example 2026-05-11T09:10:05Z
             */
            start_time?: string;
            /**
             * @description Call end (terminate, ISO-8601).
             * @example 2026-05-11T09:12:20Z
             */
            end_time?: string;
            /**
             * @description Duration in seconds (terminate).
             * @example 135
             */
            duration?: number;
            /**
             * @description Errors of a failed call.
             * @example [
             *       {
             *         "code": 138006,
             *         "title": "Lack of call permission"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description Opaque string you attached when placing the call.
             * @example ticket=5521
             */
            biz_opaque_callback_data?: string;
        };
        CallStatusUpdatedPayload: {
            /**
             * @description WhatsApp call id (wacid).
             * @example wacid.HBgLMTY1MDU1NTAxMjMVAgARGCAyODRQIAFRoA
             */
            call_id: string;
            /**
             * @description RINGING, ACCEPTED or REJECTED.
             * @example RINGING
             */
            status: string;
            /**
             * @description Phone number of the WhatsApp user called, when Meta gives it.
             * @example 16505550123
             */
            recipient_id?: string;
            /**
             * @description BSUID of the WhatsApp user called.
             * @example US.13491208655302741918
             */
            recipient_user_id?: string;
            /**
             * @description Parent BSUID of the WhatsApp user called (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            recipient_parent_user_id?: string;
            /**
             * @description The WhatsApp user called, as far as Meta gave it.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description When (ISO-8601).
             * @example 2026-05-11T09:20:00Z
             */
            timestamp?: string;
            /**
             * @description The business number.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description Errors.
             * @example [
             *       {
             *         "code": 138006,
             *         "title": "Lack of call permission"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description Opaque string you attached when placing the call.
             * @example ticket=5521
             */
            biz_opaque_callback_data?: string;
        };
        HistoryMessagePayload: {
            /**
             * @description text, image, video, audio, document, sticker, location, contacts, interactive, button, reaction, order, system, unsupported, unknown, edit, revoke, request_welcome, or a newer Meta type.
             * @example text
             */
            message_type: string;
            /**
             * @description Text content.
             * @example {
             *       "body": "Hi!"
             *     }
             */
            text?: components["schemas"]["TextContentPayload"];
            /**
             * @description Image content.
             * @example {
             *       "id": "1152007129257463",
             *       "mime_type": "image/jpeg",
             *       "sha256": "DPRX4kpHnwL9TTRUA4n3IPCAfc/5KnViEIFlsmN+qC8="
             *     }
             */
            image?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Video content.
             * @example {
             *       "id": "1152007129257464",
             *       "mime_type": "video/mp4",
             *       "sha256": "q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1c="
             *     }
             */
            video?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Audio content (voice=true for voice notes).
             * @example {
             *       "id": "1152007129257465",
             *       "mime_type": "audio/ogg; codecs=opus",
             *       "sha256": "z9X8c7V6b5N4m3L2k1J0h9G8f7D6s5A4p3O2i1U0y9T=",
             *       "voice": true
             *     }
             */
            audio?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Document content.
             * @example {
             *       "id": "1152007129257466",
             *       "mime_type": "application/pdf",
             *       "sha256": "m1N2b3V4c5X6z7L8k9J0h1G2f3D4s5A6p7O8i9U0y1T=",
             *       "filename": "invoice-8841.pdf"
             *     }
             */
            document?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Sticker content.
             * @example {
             *       "id": "1152007129257467",
             *       "mime_type": "image/webp",
             *       "sha256": "a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6q7W8e9R0t1Y=",
             *       "animated": false
             *     }
             */
            sticker?: components["schemas"]["MediaContentPayload"];
            /**
             * @description Location content.
             * @example {
             *       "latitude": 40.4168,
             *       "longitude": -3.7038,
             *       "name": "Example Shoes"
             *     }
             */
            location?: components["schemas"]["LocationContentPayload"];
            /**
             * @description Shared contact cards, as Meta sends them (name, phones, emails, addresses, org, urls, birthday; vcard and origin since 2026).
             * @example [
             *       {
             *         "name": {
             *           "formatted_name": "Luis Gómez",
             *           "first_name": "Luis"
             *         },
             *         "phones": [
             *           {
             *             "phone": "+34 600 000 000",
             *             "wa_id": "34600000000",
             *             "type": "CELL"
             *           }
             *         ]
             *       }
             *     ]
             */
            contacts?: ({
                /** @description formatted_name, first_name, last_name, … */
                name?: {
                    [key: string]: unknown;
                };
                /** @description phone, wa_id, type */
                phones?: {
                    [key: string]: unknown;
                }[];
                emails?: {
                    [key: string]: unknown;
                }[];
                addresses?: {
                    [key: string]: unknown;
                }[];
                org?: {
                    [key: string]: unknown;
                };
                urls?: {
                    [key: string]: unknown;
                }[];
                birthday?: string;
                vcard?: string;
                origin?: string;
            } & {
                [key: string]: unknown;
            })[];
            /**
             * @description Interactive reply (button, list, Flow).
             * @example {
             *       "type": "button_reply",
             *       "button_reply": {
             *         "id": "confirm-booking-7731",
             *         "title": "Confirm"
             *       }
             *     }
             */
            interactive?: components["schemas"]["InteractiveContentPayload"];
            /**
             * @description Template quick-reply button press.
             * @example {
             *       "payload": "STOP_PROMOS",
             *       "text": "Stop promotions"
             *     }
             */
            button?: components["schemas"]["ButtonContentPayload"];
            /**
             * @description Reaction (removed=true when the reaction was withdrawn).
             * @example {
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA",
             *       "emoji": "👍"
             *     }
             */
            reaction?: components["schemas"]["ReactionContentPayload"];
            /**
             * @description Cart order.
             * @example {
             *       "catalog_id": "880321517400221",
             *       "product_items": [
             *         {
             *           "product_retailer_id": "SNK-BLUE-38",
             *           "quantity": 1,
             *           "item_price": 59.9,
             *           "currency": "EUR"
             *         }
             *       ]
             *     }
             */
            order?: components["schemas"]["OrderContentPayload"];
            /**
             * @description System message: the user changed number, BSUID or identity.
             * @example {
             *       "body": "User Ana Torres changed from US.13491208655302741918 to US.20385511893361028471",
             *       "type": "user_changed_user_id",
             *       "user_id": "US.20385511893361028471"
             *     }
             */
            system?: components["schemas"]["SystemContentPayload"];
            /**
             * @description Unsupported message type (details in errors).
             * @example {
             *       "type": "poll"
             *     }
             */
            unsupported?: {
                /**
                 * @description Meta's name for the type
                 * @example poll
                 */
                type?: string;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Reply / forward context.
             * @example {
             *       "from": "15550100001",
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA"
             *     }
             */
            context?: components["schemas"]["MessageContextPayload"];
            /**
             * @description WhatsApp message id (wamid).
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=
             */
            message_id: string;
            /**
             * @description Sender phone number; Meta omits it for a user with a username whose number it may not share (see from_user_id).
             * @example 16505550123
             */
            from?: string;
            /**
             * @description Sender's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            from_user_id?: string;
            /**
             * @description Sender's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            from_parent_user_id?: string;
            /**
             * @description Group the message was sent in (group messages only).
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id?: string;
            /**
             * @description When the message was sent (ISO-8601).
             * @example 2026-05-11T08:06:51Z
             */
            timestamp?: string;
            /**
             * @description Edit of an earlier message (echoes of the business app).
             * @example {
             *       "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
             *       "message": {
             *         "message_type": "text",
             *         "text": {
             *           "body": "Opening hours: 9:00-19:00"
             *         }
             *       }
             *     }
             */
            edit?: components["schemas"]["EditContentPayload"];
            /**
             * @description Deletion of an earlier message (echoes of the business app).
             * @example {
             *       "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="
             *     }
             */
            revoke?: components["schemas"]["RevokeContentPayload"];
            /**
             * @description Click-to-WhatsApp ad referral with ctwa_clid.
             * @example {
             *       "source_type": "ad",
             *       "source_id": "120245500000000001",
             *       "ctwa_clid": "Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ"
             *     }
             */
            referral?: components["schemas"]["ReferralPayload"];
            /**
             * @description Errors (unsupported / unknown messages).
             * @example [
             *       {
             *         "code": 131051,
             *         "title": "Message type unknown",
             *         "message": "Message type unknown",
             *         "details": "Message type is currently not supported."
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description Recipient (messages the business sent).
             * @example 16505550123
             */
            to?: string;
            /**
             * @description Recipient's BSUID (messages the business sent).
             * @example US.13491208655302741918
             */
            to_user_id?: string;
            /**
             * @description Delivery status at sync time (Meta's history_context.status).
             * @example READ
             */
            status?: string;
        };
        HistoryThreadPayload: {
            /**
             * @description The thread's WhatsApp user phone number; Meta omits it when it may not share the number.
             * @example 16505550123
             */
            id?: string;
            /**
             * @description The thread's WhatsApp user (Meta's thread id and context): phone, BSUID, parent BSUID, username.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Messages of the thread in this chunk.
             * @example [
             *       {
             *         "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzRkE1",
             *         "from": "16505550123",
             *         "timestamp": "2026-03-02T10:00:00Z",
             *         "message_type": "text",
             *         "text": {
             *           "body": "Is the shop open on Sunday?"
             *         },
             *         "status": "READ"
             *       }
             *     ]
             */
            messages: components["schemas"]["HistoryMessagePayload"][];
        };
        HistorySyncedPayload: {
            /**
             * @description The business number.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description History phase: 0 (day 0-1), 1 (day 1-90), 2 (day 90-180).
             * @example 0
             */
            phase?: number;
            /**
             * @description Order of this chunk within the phase.
             * @example 1
             */
            chunk_order?: number;
            /**
             * @description Sync progress, 0-100.
             * @example 100
             */
            progress?: number;
            /**
             * @description Threads in this chunk.
             * @example [
             *       {
             *         "id": "16505550123",
             *         "messages": []
             *       }
             *     ]
             */
            threads: components["schemas"]["HistoryThreadPayload"][];
            /**
             * @description Set when the business declined to share history (code 2593109).
             * @example [
             *       {
             *         "code": 2593109,
             *         "title": "History sync is turned off by the business from the WhatsApp Business App"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
        };
        SyncedContactPayload: {
            /**
             * @description Full name in the address book (absent on remove).
             * @example Pablo Morales
             */
            full_name?: string;
            /**
             * @description First name (absent on remove).
             * @example Pablo
             */
            first_name?: string;
            /**
             * @description Contact WhatsApp phone number.
             * @example 16505551234
             */
            phone_number?: string;
        };
        ContactSyncedPayload: {
            /**
             * @description Kind of state synced (Meta's state_sync[].type), currently contact.
             * @example contact
             */
            sync_type?: string;
            /**
             * @description add (added or edited) or remove.
             * @example add
             */
            action?: string;
            /**
             * @description The contact.
             * @example {
             *       "full_name": "Pablo Morales",
             *       "first_name": "Pablo",
             *       "phone_number": "16505551234"
             *     }
             */
            contact?: components["schemas"]["SyncedContactPayload"];
            /**
             * Format: date-time
             * @description When (ISO-8601).
             * @example 2026-05-11T11:00:00Z
             */
            timestamp?: string;
            /**
             * @description The business number.
             * @example 15550100001
             */
            display_phone_number?: string;
        };
        MessageEditedPayload: {
            /**
             * @description wamid of the edit / revoke message itself (not of the message it changes).
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA
             */
            message_id: string;
            /**
             * @description wamid of the message the user edited or deleted.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=
             */
            original_message_id?: string;
            /**
             * @description Sender phone number, when Meta gives it.
             * @example 16505550123
             */
            from?: string;
            /**
             * @description Sender's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            from_user_id?: string;
            /**
             * @description Sender's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            from_parent_user_id?: string;
            /**
             * @description Group of the message (group messages only).
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id?: string;
            /**
             * @description When the user edited / deleted it (ISO-8601).
             * @example 2026-05-11T08:09:40Z
             */
            timestamp?: string;
            /**
             * @description The sender: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918",
             *       "name": "Ana Torres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Profile name of the sender.
             * @example Ana Torres
             */
            contact_name?: string;
            /**
             * @description The business number the conversation is with.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description The message as it reads after the edit, typed like any message content.
             * @example {
             *       "message_type": "text",
             *       "text": {
             *         "body": "Does it come in blue?"
             *       }
             *     }
             */
            message?: components["schemas"]["EditedMessagePayload"];
            /**
             * @description Context of the edit message (e.g. the message it replied to).
             * @example {
             *       "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJDMzdGRkQ0OUJGQTBBOEJFNkYA"
             *     }
             */
            context?: components["schemas"]["MessageContextPayload"];
        };
        MessageDeletedPayload: {
            /**
             * @description wamid of the edit / revoke message itself (not of the message it changes).
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA
             */
            message_id: string;
            /**
             * @description wamid of the message the user edited or deleted.
             * @example wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=
             */
            original_message_id?: string;
            /**
             * @description Sender phone number, when Meta gives it.
             * @example 16505550123
             */
            from?: string;
            /**
             * @description Sender's business-scoped user id (BSUID).
             * @example US.13491208655302741918
             */
            from_user_id?: string;
            /**
             * @description Sender's parent BSUID (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            from_parent_user_id?: string;
            /**
             * @description Group of the message (group messages only).
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id?: string;
            /**
             * @description When the user edited / deleted it (ISO-8601).
             * @example 2026-05-11T08:09:40Z
             */
            timestamp?: string;
            /**
             * @description The sender: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918",
             *       "name": "Ana Torres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Profile name of the sender.
             * @example Ana Torres
             */
            contact_name?: string;
            /**
             * @description The business number the conversation is with.
             * @example 15550100001
             */
            display_phone_number?: string;
        };
        UserIdUpdatedPayload: {
            /**
             * @description The BSUID the user had until now.
             * @example US.13491208655302741918
             */
            previous_user_id?: string;
            /**
             * @description The BSUID to use from now on.
             * @example US.20385511893361028471
             */
            current_user_id?: string;
            /**
             * @description The parent BSUID the user had until now (parent BSUIDs enabled).
             * @example US.ENT.11815799212886844830
             */
            previous_parent_user_id?: string;
            /**
             * @description The parent BSUID to use from now on (parent BSUIDs enabled).
             * @example US.ENT.20917745601238845571
             */
            current_parent_user_id?: string;
            /**
             * @description The user's phone number, when Meta gives it.
             * @example 16505550199
             */
            wa_id?: string;
            /**
             * @description Meta's description of the update.
             * @example User id for Ana Torres has been updated.
             */
            detail?: string;
            /**
             * @description When Meta sent the update (ISO-8601).
             * @example 2026-05-11T09:30:00Z
             */
            timestamp?: string;
            /**
             * @description The user with their current ids: phone, BSUID, parent BSUID, username and profile name, as far as Meta gave them.
             * @example {
             *       "wa_id": "16505550199",
             *       "user_id": "US.20385511893361028471",
             *       "name": "Ana Torres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description The business number concerned.
             * @example 15550100001
             */
            display_phone_number?: string;
        };
        /** @description A group was created or deleted (Meta's group_lifecycle_update). Built from Meta's documented syntax (Groups API webhooks reference) without a sample payload. */
        GroupLifecycleUpdatedPayload: {
            /**
             * @description The WhatsApp group id.
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id: string;
            /**
             * @description What happened (Meta's type): group_create, group_delete; group_participants_add, group_participants_remove, group_join_request_created, group_join_request_revoked; group_settings_update; group_suspend, group_suspend_cleared.
             * @example group_create
             */
            update_type?: string;
            /**
             * @description Id of your asynchronous Groups API request this answers, when it answers one.
             * @example b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7
             */
            request_id?: string;
            /**
             * @description When it happened (ISO-8601).
             * @example 2026-05-11T10:00:00Z
             */
            timestamp?: string;
            /**
             * @description Why the request failed entirely or partly.
             * @example [
             *       {
             *         "code": 131215,
             *         "title": "Group participant limit reached",
             *         "message": "Group participant limit reached"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description The business number that owns the group.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description A group was created (group_create) or deleted (group_delete); succeeded is false when errors tell why not.
             * @example true
             */
            succeeded?: boolean;
            /**
             * @description Group subject (name).
             * @example Order 8841 — delivery
             */
            subject?: string;
            /**
             * @description Group description.
             * @example Coordination of order 8841
             */
            description?: string;
            /**
             * @description Invite link of a created group.
             * @example https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i
             */
            invite_link?: string;
            /**
             * @description Join approval mode of a created group (e.g. auto_approve, approval_required).
             * @example approval_required
             */
            join_approval_mode?: string;
        };
        GroupParticipantPayload: {
            /**
             * @description Phone number (Meta's wa_id), digits only; absent when Meta withholds it.
             * @example 16505550123
             */
            wa_id?: string;
            /**
             * @description Business-scoped user id (BSUID): country code, a dot, then up to 128 alphanumerics.
             * @example US.13491208655302741918
             */
            user_id?: string;
            /**
             * @description Parent BSUID, shared by the business portfolios enrolled in one parent BSUID account.
             * @example US.ENT.11815799212886844830
             */
            parent_user_id?: string;
            /**
             * @description WhatsApp username (Meta's profile.username), when the user set one.
             * @example @anatorres
             */
            username?: string;
            /**
             * @description Profile name (Meta's profile.name).
             * @example Ana Torres
             */
            name?: string;
            /**
             * @description The phone number or BSUID the business used in its request (Meta echoes it as input).
             * @example US.13491208655302741918
             */
            input?: string;
            /**
             * @description Why this participant could not be removed (failed_participants).
             * @example [
             *       {
             *         "code": 131203,
             *         "title": "Participant not in group"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
        };
        /** @description Users joined, left, were removed from or asked to join a group (Meta's group_participants_update). Built from Meta's documented syntax (Groups API webhooks reference) without a sample payload. */
        GroupParticipantsUpdatedPayload: {
            /**
             * @description The WhatsApp group id.
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id: string;
            /**
             * @description What happened (Meta's type): group_create, group_delete; group_participants_add, group_participants_remove, group_join_request_created, group_join_request_revoked; group_settings_update; group_suspend, group_suspend_cleared.
             * @example group_create
             */
            update_type?: string;
            /**
             * @description Id of your asynchronous Groups API request this answers, when it answers one.
             * @example b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7
             */
            request_id?: string;
            /**
             * @description When it happened (ISO-8601).
             * @example 2026-05-11T10:00:00Z
             */
            timestamp?: string;
            /**
             * @description Why the request failed entirely or partly.
             * @example [
             *       {
             *         "code": 131215,
             *         "title": "Group participant limit reached",
             *         "message": "Group participant limit reached"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description The business number that owns the group.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description How it came about, as Meta says it: invite_link for a join through the group's invite link, or the reason given for a join request's outcome.
             * @example invite_link
             */
            reason?: string;
            /**
             * @description Who removed the participants: business (your request) or participant (the user left).
             * @example participant
             */
            initiated_by?: string;
            /**
             * @description Join request id (join requests).
             * @example MTIwMzYzMDI5NjU1NTEzNjYxOjE2NTA1NTUwMTIz
             */
            join_request_id?: string;
            /**
             * @description The user who asked to join or withdrew the request (join requests).
             * @example {
             *       "wa_id": "16505550123",
             *       "user_id": "US.13491208655302741918",
             *       "username": "@anatorres"
             *     }
             */
            user?: components["schemas"]["WhatsAppUserPayload"];
            /**
             * @description Users who joined.
             * @example [
             *       {
             *         "wa_id": "16505550123",
             *         "user_id": "US.13491208655302741918"
             *       }
             *     ]
             */
            added_participants?: components["schemas"]["GroupParticipantPayload"][];
            /**
             * @description Users removed or who left.
             * @example [
             *       {
             *         "input": "16505550123",
             *         "wa_id": "16505550123"
             *       }
             *     ]
             */
            removed_participants?: components["schemas"]["GroupParticipantPayload"][];
            /**
             * @description Users the business could not remove, with why.
             * @example [
             *       {
             *         "input": "16505550124",
             *         "wa_id": "16505550124",
             *         "errors": [
             *           {
             *             "code": 131203,
             *             "title": "Participant not in group"
             *           }
             *         ]
             *       }
             *     ]
             */
            failed_participants?: components["schemas"]["GroupParticipantPayload"][];
        };
        GroupSettingPayload: {
            /**
             * @description New subject or description text.
             * @example Order 8841 — delivery
             */
            text?: string;
            /**
             * @description MIME type of the new profile picture.
             * @example image/jpeg
             */
            mime_type?: string;
            /**
             * @description SHA-256 of the new profile picture.
             * @example f3a5d2b8c1e94a7f
             */
            sha256?: string;
            /**
             * @description Whether this setting was applied.
             * @example true
             */
            update_successful?: boolean;
            /**
             * @description Why it was not applied.
             * @example [
             *       {
             *         "code": 131201,
             *         "title": "Invalid group subject"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
        };
        /** @description A group's subject, description or profile picture was updated, setting by setting (Meta's group_settings_update). Built from Meta's documented syntax (Groups API webhooks reference) without a sample payload. */
        GroupSettingsUpdatedPayload: {
            /**
             * @description The WhatsApp group id.
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id: string;
            /**
             * @description What happened (Meta's type): group_create, group_delete; group_participants_add, group_participants_remove, group_join_request_created, group_join_request_revoked; group_settings_update; group_suspend, group_suspend_cleared.
             * @example group_create
             */
            update_type?: string;
            /**
             * @description Id of your asynchronous Groups API request this answers, when it answers one.
             * @example b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7
             */
            request_id?: string;
            /**
             * @description When it happened (ISO-8601).
             * @example 2026-05-11T10:00:00Z
             */
            timestamp?: string;
            /**
             * @description Why the request failed entirely or partly.
             * @example [
             *       {
             *         "code": 131215,
             *         "title": "Group participant limit reached",
             *         "message": "Group participant limit reached"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description The business number that owns the group.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description New group subject and whether it was applied.
             * @example {
             *       "text": "Order 8841 — delivery",
             *       "update_successful": true
             *     }
             */
            group_subject?: components["schemas"]["GroupSettingPayload"];
            /**
             * @description New group description and whether it was applied.
             * @example {
             *       "text": "Coordination of order 8841",
             *       "update_successful": true
             *     }
             */
            group_description?: components["schemas"]["GroupSettingPayload"];
            /**
             * @description New group profile picture and whether it was applied.
             * @example {
             *       "mime_type": "image/jpeg",
             *       "sha256": "f3a5d2b8c1e94a7f",
             *       "update_successful": false,
             *       "errors": [
             *         {
             *           "code": 131202,
             *           "title": "Invalid group profile picture"
             *         }
             *       ]
             *     }
             */
            profile_picture?: components["schemas"]["GroupSettingPayload"];
        };
        /** @description WhatsApp suspended a group or cleared its suspension (Meta's group_status_update). Built from Meta's documented syntax (Groups API webhooks reference) without a sample payload. */
        GroupStatusUpdatedPayload: {
            /**
             * @description The WhatsApp group id.
             * @example Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=
             */
            group_id: string;
            /**
             * @description What happened (Meta's type): group_create, group_delete; group_participants_add, group_participants_remove, group_join_request_created, group_join_request_revoked; group_settings_update; group_suspend, group_suspend_cleared.
             * @example group_create
             */
            update_type?: string;
            /**
             * @description Id of your asynchronous Groups API request this answers, when it answers one.
             * @example b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7
             */
            request_id?: string;
            /**
             * @description When it happened (ISO-8601).
             * @example 2026-05-11T10:00:00Z
             */
            timestamp?: string;
            /**
             * @description Why the request failed entirely or partly.
             * @example [
             *       {
             *         "code": 131215,
             *         "title": "Group participant limit reached",
             *         "message": "Group participant limit reached"
             *       }
             *     ]
             */
            errors?: components["schemas"]["MetaErrorPayload"][];
            /**
             * @description The business number that owns the group.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description True when WhatsApp suspended the group (group_suspend), false when the suspension was cleared (group_suspend_cleared).
             * @example true
             */
            suspended?: boolean;
        };
        TemplateOtherInfoPayload: {
            /**
             * @description FIRST_PAUSE, SECOND_PAUSE, RATE_LIMITING_PAUSE, UNPAUSE, ...
             * @example FIRST_PAUSE
             */
            title?: string;
            /**
             * @description Meta's explanation.
             * @example Your WhatsApp message template has been paused for 3 hours.
             */
            description?: string;
        };
        TemplateRejectionInfoPayload: {
            /**
             * @description What is wrong with the template.
             * @example Parameters placed next to each other.
             */
            reason?: string;
            /**
             * @description How to fix it.
             * @example Separate parameters with text.
             */
            recommendation?: string;
        };
        TemplateStatusUpdatedPayload: {
            /**
             * @description Template id (message_template_id).
             * @example 1437190053021874
             */
            template_id: string;
            /**
             * @description Template name.
             * @example order_shipped
             */
            template_name?: string;
            /**
             * @description Template language and locale.
             * @example en_US
             */
            language?: string;
            /**
             * @description New status (Meta's event): APPROVED, REJECTED, PENDING, PAUSED, DISABLED, FLAGGED, REINSTATED, IN_APPEAL, PENDING_DELETION, ...
             * @example APPROVED
             */
            status?: string;
            /**
             * @description Meta's reason code: NONE (approvals, pauses...), ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, PROMOTIONAL, SCAM, TAG_CONTENT_MISMATCH, ...; absent when Meta sends none (a template scheduled for deletion).
             * @example NONE
             */
            reason?: string;
            /**
             * @description Template category.
             * @example UTILITY
             */
            category?: string;
            /**
             * @description Pause / unpause details.
             * @example {
             *       "title": "FIRST_PAUSE",
             *       "description": "Your WhatsApp message template has been paused for 3 hours."
             *     }
             */
            other_info?: components["schemas"]["TemplateOtherInfoPayload"];
            /**
             * @description Rejection details (INVALID_FORMAT rejections).
             * @example {
             *       "reason": "Parameters placed next to each other.",
             *       "recommendation": "Separate parameters with text."
             *     }
             */
            rejection_info?: components["schemas"]["TemplateRejectionInfoPayload"];
            /**
             * @description When the template is or will be disabled: ISO-8601 when Meta sends Unix seconds, else its text as sent.
             * @example 2026-05-18T00:00:00Z
             */
            disable_date?: string;
        };
        TemplateQualityUpdatedPayload: {
            /**
             * @description Template id (message_template_id).
             * @example 1437190053021874
             */
            template_id: string;
            /**
             * @description Template name.
             * @example order_shipped
             */
            template_name?: string;
            /**
             * @description Template language and locale.
             * @example en_US
             */
            language?: string;
            /**
             * @description Previous quality: GREEN, YELLOW, RED, UNKNOWN.
             * @example GREEN
             */
            previous_quality_score?: string;
            /**
             * @description New quality: GREEN, YELLOW, RED, UNKNOWN.
             * @example YELLOW
             */
            new_quality_score?: string;
        };
        TemplateCategoryUpdatedPayload: {
            /**
             * @description Template id (message_template_id).
             * @example 1437190053021874
             */
            template_id: string;
            /**
             * @description Template name.
             * @example order_shipped
             */
            template_name?: string;
            /**
             * @description Template language and locale.
             * @example en_US
             */
            language?: string;
            /**
             * @description Previous category (completed change).
             * @example UTILITY
             */
            previous_category?: string;
            /**
             * @description New category (completed change) or current category (impending change).
             * @example MARKETING
             */
            new_category?: string;
            /**
             * @description Category the template will get (impending change).
             * @example MARKETING
             */
            correct_category?: string;
            /**
             * Format: date-time
             * @description When the impending change applies (ISO-8601).
             * @example 2026-05-13T08:00:00Z
             */
            category_update_timestamp?: string;
            /**
             * @description True for a notice of a change that will happen in 24 hours.
             * @example true
             */
            impending?: boolean;
        };
        TemplateButtonPayload: {
            /**
             * @description Button type: URL, PHONE_NUMBER, QUICK_REPLY, COPY_CODE, FLOW, OTP, CATALOG, MPM, VOICE_CALL, ...
             * @example URL
             */
            type?: string;
            /**
             * @description Button label.
             * @example Track order
             */
            text?: string;
            /**
             * @description URL of a URL button.
             * @example https://example.com/track/{{1}}
             */
            url?: string;
            /**
             * @description Phone number of a call button.
             * @example +15550100001
             */
            phone_number?: string;
        };
        TemplateComponentsUpdatedPayload: {
            /**
             * @description Template id (message_template_id).
             * @example 1437190053021874
             */
            template_id: string;
            /**
             * @description Template name.
             * @example order_shipped
             */
            template_name?: string;
            /**
             * @description Template language and locale.
             * @example en_US
             */
            language?: string;
            /**
             * @description Body text (Meta's message_template_element).
             * @example Hi {{1}}, your order {{2}} has shipped.
             */
            body?: string;
            /**
             * @description Text header (Meta's message_template_title).
             * @example Order update
             */
            header?: string;
            /**
             * @description Footer text.
             * @example Example Shoes
             */
            footer?: string;
            /**
             * @description Buttons, with their URL or phone number when they have one.
             * @example [
             *       {
             *         "type": "URL",
             *         "text": "Track order",
             *         "url": "https://example.com/track/{{1}}"
             *       }
             *     ]
             */
            buttons?: components["schemas"]["TemplateButtonPayload"][];
        };
        PhoneNumberNameUpdatedPayload: {
            /**
             * @description The business number, as Meta displays it.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description APPROVED, DEFERRED, PENDING or REJECTED.
             * @example APPROVED
             */
            decision?: string;
            /**
             * @description Display name requested.
             * @example Example Shoes
             */
            requested_verified_name?: string;
            /**
             * @description Why it was rejected (NAME_FORMAT_UNACCEPTABLE, NAME_NOT_CONSISTENT, ...); null when accepted.
             * @example null
             */
            rejection_reason?: string | null;
        };
        PhoneNumberQualityUpdatedPayload: {
            /**
             * @description The business number, as Meta displays it.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description ONBOARDING, THROUGHPUT_UPGRADE, and the legacy UPGRADE, DOWNGRADE, FLAGGED, UNFLAGGED, ...
             * @example THROUGHPUT_UPGRADE
             */
            event?: string;
            /**
             * @description Messaging limit of the business portfolio, which replaces current_limit/old_limit: a tier name (TIER_50, TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED, TIER_NOT_SET) or a number, as Meta sends it.
             * @example TIER_10K
             */
            max_daily_conversations_per_business?: string | number;
            /**
             * @description Current messaging limit tier. Being removed by Meta in favour of max_daily_conversations_per_business.
             * @example TIER_10K
             */
            current_limit?: string;
            /**
             * @description Previous messaging limit tier (limit changes only). Being removed by Meta in favour of max_daily_conversations_per_business.
             * @example TIER_2K
             */
            old_limit?: string;
        };
        AccountViolationInfoPayload: {
            /**
             * @description Policy violated (from the policy-enforcement violations list).
             * @example SCAM
             */
            violation_type?: string;
        };
        AccountRestrictionPayload: {
            /**
             * @description What is restricted, e.g. RESTRICTED_BIZ_INITIATED_MESSAGING, RESTRICTED_ADD_PHONE_NUMBER_ACTION, RESTRICTED_USER_INITIATED_CALLING.
             * @example RESTRICTED_BIZ_INITIATED_MESSAGING
             */
            restriction_type?: string;
            /**
             * @description When the restriction ends: ISO-8601 when Meta sends a Unix time, else its text as sent.
             * @example 2026-05-18T09:58:20Z
             */
            expiration?: string;
            /**
             * @description What to do about it, when Meta says.
             * @example Review your messaging practices and ensure compliance with WhatsApp policies.
             */
            remediation?: string;
        };
        AccountBanInfoPayload: {
            /**
             * @description DISABLE, REINSTATE or SCHEDULE_FOR_DISABLE: one string as in Meta's reference, or an array when Meta sends one.
             * @example SCHEDULE_FOR_DISABLE
             */
            waba_ban_state?: string | string[];
            /**
             * @description When: Meta's human text (e.g. "April 17, 2025"), or ISO-8601 when Meta sends a Unix time.
             * @example May 18, 2026
             */
            waba_ban_date?: string;
        };
        AccountWabaInfoPayload: {
            /**
             * @description The WABA the event concerns; the event is delivered to the workspace owning it.
             * @example 103850127645201
             */
            waba_id?: string;
            /**
             * @description Business portfolio owning the WABA.
             * @example 948201736455102
             */
            owner_business_id?: string;
            /**
             * @description Partner app installed or uninstalled (PARTNER_APP_*).
             * @example 1572019843321047
             */
            partner_app_id?: string;
            /**
             * @description Multi-Partner Solution the WABA was shared through.
             * @example 1220406039151413
             */
            solution_id?: string;
            /**
             * @description Business portfolios of the solution partners.
             * @example [
             *       "948201736455102",
             *       "551098234761190"
             *     ]
             */
            solution_partner_business_ids?: string[];
            /**
             * @description Ad account linked to the WABA (AD_ACCOUNT_LINKED).
             * @example 1948203375122017
             */
            ad_account_linked?: string;
        };
        AccountDisconnectionInfoPayload: {
            /**
             * @description ACCOUNT_DISCONNECTED, BUSINESS_DOWNGRADE, CHANGE_NUMBER, COMPANION_INACTIVITY, PRIMARY_INACTIVITY or USER_RE_REGISTERED.
             * @example ACCOUNT_DISCONNECTED
             */
            reason?: string;
            /**
             * @description USER or SYSTEM.
             * @example USER
             */
            initiated_by?: string;
        };
        AuthRateExceptionCountryPayload: {
            /**
             * @description ISO 3166 alpha-2 country.
             * @example ID
             */
            country_code?: string;
            /**
             * Format: date-time
             * @description When the international rate applies there (ISO-8601).
             * @example 2026-06-01T00:00:00Z
             */
            start_time?: string;
        };
        AuthInternationalRateEligibilityPayload: {
            /**
             * Format: date-time
             * @description When the authentication-international rate applies (ISO-8601).
             * @example 2026-06-01T00:00:00Z
             */
            start_time?: string;
            /**
             * @description Countries with their own start time.
             * @example [
             *       {
             *         "country_code": "ID",
             *         "start_time": "2026-07-01T00:00:00Z"
             *       }
             *     ]
             */
            exception_countries?: components["schemas"]["AuthRateExceptionCountryPayload"][];
        };
        PartnerClientCertificationInfoPayload: {
            /**
             * @description The client business portfolio.
             * @example 551098234761190
             */
            client_business_id?: string;
            /**
             * @description APPROVED, DISCARDED, FAILED, PENDING or REVOKED.
             * @example APPROVED
             */
            status?: string;
            /**
             * @description Why it failed, when it did.
             * @example [
             *       "LEGAL_NAME_NOT_MATCHING"
             *     ]
             */
            rejection_reasons?: string[];
        };
        VolumeTierInfoPayload: {
            /**
             * Format: date-time
             * @description When the tier changed (ISO-8601).
             * @example 2026-05-01T00:00:00Z
             */
            tier_update_time?: string;
            /**
             * @description Pricing category the tier is for.
             * @example UTILITY
             */
            pricing_category?: string;
            /**
             * @description Volume range "min:max" of messages in the month.
             * @example 100001:500000
             */
            tier?: string;
            /**
             * @description Month the tier applies to (YYYY-MM).
             * @example 2026-05
             */
            effective_month?: string;
            /**
             * @description Pricing region.
             * @example India
             */
            region?: string;
        };
        AccountUpdatedPayload: {
            /**
             * @description ACCOUNT_VIOLATION, ACCOUNT_RESTRICTION, DISABLED_UPDATE, ACCOUNT_DELETED, ACCOUNT_OFFBOARDED, ACCOUNT_RECONNECTED, AD_ACCOUNT_LINKED, AUTH_INTL_PRICE_ELIGIBILITY_UPDATE, BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE, MM_LITE_TERMS_SIGNED, PARTNER_ADDED, PARTNER_REMOVED, PARTNER_APP_INSTALLED, PARTNER_APP_UNINSTALLED, PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE, VOLUME_BASED_PRICING_TIER_UPDATE, VERIFIED_ACCOUNT, ...
             * @example ACCOUNT_VIOLATION
             */
            event?: string;
            /**
             * @description The business number concerned (VERIFIED_ACCOUNT), as Meta displays it.
             * @example 15550100001
             */
            phone_number?: string;
            /**
             * @description ACCOUNT_VIOLATION: the violation.
             * @example {
             *       "violation_type": "SCAM"
             *     }
             */
            violation_info?: components["schemas"]["AccountViolationInfoPayload"];
            /**
             * @description ACCOUNT_RESTRICTION: every restriction in force.
             * @example [
             *       {
             *         "restriction_type": "RESTRICTED_BIZ_INITIATED_MESSAGING",
             *         "expiration": "2026-05-18T09:58:20Z"
             *       }
             *     ]
             */
            restriction_info?: components["schemas"]["AccountRestrictionPayload"][];
            /**
             * @description DISABLED_UPDATE: ban state and date.
             * @example {
             *       "waba_ban_state": "SCHEDULE_FOR_DISABLE",
             *       "waba_ban_date": "May 18, 2026"
             *     }
             */
            ban_info?: components["schemas"]["AccountBanInfoPayload"];
            /**
             * @description Lock details, carried as Meta sends them.
             * @example {
             *       "expiration": 1779098300
             *     }
             */
            lock_info?: {
                /**
                 * @description Unix seconds when the lock ends
                 * @example 1779098300
                 */
                expiration?: number;
            } & {
                [key: string]: unknown;
            };
            /**
             * @description Partner, ad-account and MM Lite events: the WABA concerned and its owner.
             * @example {
             *       "waba_id": "103850127645201",
             *       "owner_business_id": "948201736455102",
             *       "partner_app_id": "1572019843321047"
             *     }
             */
            waba_info?: components["schemas"]["AccountWabaInfoPayload"];
            /**
             * @description PARTNER_REMOVED of a coexistence number: why it was disconnected and by whom.
             * @example {
             *       "reason": "ACCOUNT_DISCONNECTED",
             *       "initiated_by": "USER"
             *     }
             */
            disconnection_info?: components["schemas"]["AccountDisconnectionInfoPayload"];
            /**
             * @description AUTH_INTL_PRICE_ELIGIBILITY_UPDATE: authentication-international rate eligibility.
             * @example {
             *       "start_time": "2026-06-01T00:00:00Z",
             *       "exception_countries": [
             *         {
             *           "country_code": "ID",
             *           "start_time": "2026-07-01T00:00:00Z"
             *         }
             *       ]
             *     }
             */
            auth_international_rate_eligibility?: components["schemas"]["AuthInternationalRateEligibilityPayload"];
            /**
             * @description BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE: the new country (ISO 3166 alpha-2).
             * @example BR
             */
            country?: string;
            /**
             * @description PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE: partner-led business verification.
             * @example {
             *       "client_business_id": "551098234761190",
             *       "status": "APPROVED"
             *     }
             */
            partner_client_certification_info?: components["schemas"]["PartnerClientCertificationInfoPayload"];
            /**
             * @description VOLUME_BASED_PRICING_TIER_UPDATE: the volume pricing tier reached.
             * @example {
             *       "tier_update_time": "2026-05-01T00:00:00Z",
             *       "pricing_category": "UTILITY",
             *       "tier": "100001:500000",
             *       "effective_month": "2026-05",
             *       "region": "India"
             *     }
             */
            volume_tier_info?: components["schemas"]["VolumeTierInfoPayload"];
        };
        AccountAlertPayload: {
            /**
             * @description Entity the alert is about: BUSINESS (a portfolio), PHONE_NUMBER or CURRENT_STATUS_ID.
             * @example BUSINESS
             */
            entity_type?: string;
            /**
             * @description Id of that entity (portfolio id or phone number id).
             * @example 948201736455102
             */
            entity_id?: string;
            /**
             * @description INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED, INCREASED_CAPABILITIES_ELIGIBILITY_FAILED, INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO, OBA_APPROVED, OBA_REJECTED, PROFILE_PICTURE_LOST, ...
             * @example INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED
             */
            alert_type?: string;
            /**
             * @description CRITICAL, WARNING or INFORMATIONAL.
             * @example WARNING
             */
            alert_severity?: string;
            /**
             * @description ACTIVE or NONE (resolved).
             * @example ACTIVE
             */
            alert_status?: string;
            /**
             * @description Meta's explanation (display text).
             * @example Limits cannot be increased for your business. Use WhatsApp Business platform actively for several days.
             */
            alert_description?: string;
        };
        AccountReviewUpdatedPayload: {
            /**
             * @description APPROVED, REJECTED, PENDING or DEFERRED (the last two: the WABA cannot use the APIs yet).
             * @example APPROVED
             */
            decision?: string;
        };
        AccountCapabilityUpdatedPayload: {
            /**
             * @description Messaging limit of the business portfolio (business-initiated conversations per 24 h): a number (2000) or a tier name (TIER_250 … TIER_UNLIMITED), as Meta sends it.
             * @example 10000
             */
            max_daily_conversations_per_business?: number | string;
            /**
             * @description Phone numbers allowed on the WABA (sent when the limit is not 250).
             * @example 25
             */
            max_phone_numbers_per_waba?: number;
            /**
             * @description Phone numbers allowed in the business portfolio (sent at the 250 tier).
             * @example 250
             */
            max_phone_numbers_per_business?: number;
            /**
             * @description Deprecated by Meta (removal announced for February 2026): per-number limit, 250, 2000, 10000, 100000, or -1 for unlimited.
             * @example 10000
             */
            max_daily_conversation_per_phone?: number;
        };
        AccountSecurityEventPayload: {
            /**
             * @description The business number, as Meta displays it.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description PIN_CHANGED, PIN_RESET_REQUEST, PIN_REQUEST_SUCCESS (or PIN_RESET_SUCCESS), ...
             * @example PIN_CHANGED
             */
            event: string;
            /**
             * @description Meta Business Suite user who requested the reset (reset requests only).
             * @example 100087654321098
             */
            requester?: string;
        };
        FlowStatusUpdatedPayload: {
            /**
             * @description Always FLOW_STATUS_CHANGE.
             * @example FLOW_STATUS_CHANGE
             */
            event: string;
            /**
             * @description Flow id.
             * @example 1097420589034000
             */
            flow_id: string;
            /**
             * @description Meta's description.
             * @example Flow Booking changed status from DRAFT to PUBLISHED
             */
            message?: string;
            /**
             * @description Previous status (DRAFT, PUBLISHED, THROTTLED, BLOCKED, DEPRECATED).
             * @example DRAFT
             */
            old_status?: string;
            /**
             * @description New status.
             * @example PUBLISHED
             */
            new_status?: string;
        };
        FlowErrorRatePayload: {
            /**
             * @description Error type.
             * @example INVALID_SCREEN_TRANSITION
             */
            error_type?: string;
            /**
             * @description Error rate of that type, in percent.
             * @example 12.5
             */
            error_rate?: number;
            /**
             * @description Errors of that type in the window.
             * @example 25
             */
            error_count?: number;
        };
        FlowAlertPayload: {
            /**
             * @description CLIENT_ERROR_RATE, ENDPOINT_ERROR_RATE, ENDPOINT_LATENCY, ENDPOINT_AVAILABILITY, FLOW_VERSION_EXPIRY_WARNING...
             * @example ENDPOINT_ERROR_RATE
             */
            event: string;
            /**
             * @description Flow id.
             * @example 1097420589034000
             */
            flow_id: string;
            /**
             * @description Meta's description.
             * @example Endpoint error rate has reached the 10% threshold
             */
            message?: string;
            /**
             * @description ACTIVATED or DEACTIVATED.
             * @example ACTIVATED
             */
            alert_state?: string;
            /**
             * @description Threshold crossed: percent for error rates and availability, milliseconds for latency.
             * @example 10
             */
            threshold?: number;
            /**
             * @description Overall error rate, in percent.
             * @example 12.5
             */
            error_rate?: number;
            /**
             * @description Error breakdown.
             * @example [
             *       {
             *         "error_type": "TIMEOUT",
             *         "error_rate": 12.5,
             *         "error_count": 25
             *       }
             *     ]
             */
            errors?: components["schemas"]["FlowErrorRatePayload"][];
            /**
             * @description Median endpoint latency, in milliseconds.
             * @example 800
             */
            p50_latency?: number;
            /**
             * @description 90th percentile endpoint latency, in milliseconds.
             * @example 2100
             */
            p90_latency?: number;
            /**
             * @description Requests to the endpoint in the window.
             * @example 200
             */
            requests_count?: number;
            /**
             * @description Endpoint availability, in percent.
             * @example 89
             */
            availability?: number;
        };
        PartnerSolutionUpdatedPayload: {
            /**
             * @description SOLUTION_CREATED, SOLUTION_UPDATED, ...
             * @example SOLUTION_CREATED
             */
            event?: string;
            /**
             * @description Multi-Partner Solution id.
             * @example 1220406039151413
             */
            solution_id: string;
            /**
             * @description DRAFT, INITIATED, ACTIVE, REJECTED, PENDING_DEACTIVATION, DEACTIVATED.
             * @example ACTIVE
             */
            solution_status?: string;
        };
        PaymentConfigurationUpdatedPayload: {
            /**
             * @description Payment configuration name.
             * @example example-shoes-razorpay
             */
            configuration_name?: string;
            /**
             * @description Payment gateway.
             * @example razorpay
             */
            provider_name?: string;
            /**
             * @description Gateway merchant account id.
             * @example acc_0aBcDeFgHiJkLm
             */
            provider_mid?: string;
            /**
             * @description Active, Needs Connecting or Needs Testing (as Meta writes them).
             * @example Active
             */
            status?: string;
            /**
             * Format: date-time
             * @description Created (ISO-8601).
             * @example 2026-05-01T09:00:00Z
             */
            created_timestamp?: string;
            /**
             * Format: date-time
             * @description Updated (ISO-8601).
             * @example 2026-05-11T09:00:00Z
             */
            updated_timestamp?: string;
        };
        AutomaticEventCustomDataPayload: {
            /**
             * @description ISO 4217 currency of the purchase.
             * @example USD
             */
            currency?: string;
            /**
             * @description Purchase amount in `currency`, as a decimal (USD 25.00 → 25).
             * @example 25
             */
            amount?: number;
            /**
             * @description Meta's integer `custom_data.value`: the amount multiplied by 1000 (USD 25.00 → 25000), kept as sent.
             * @example 25000
             */
            amount_x1000?: number;
        };
        CtwaAutomaticEventPayload: {
            /**
             * @description Id of the message where the event was detected (a wamid; one message can carry a lead and purchases).
             * @example wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=
             */
            event_id: string;
            /**
             * @description LeadSubmitted or Purchase.
             * @example LeadSubmitted
             */
            event_name?: string;
            /**
             * @description Click id of the ad (absent for ads shown in WhatsApp Status).
             * @example Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ
             */
            ctwa_clid?: string;
            /**
             * Format: date-time
             * @description When it was detected (ISO-8601).
             * @example 2026-05-11T10:30:00Z
             */
            timestamp?: string;
            /**
             * @description The business number, as Meta displays it.
             * @example 15550100001
             */
            display_phone_number?: string;
            /**
             * @description Purchase details (purchases only).
             * @example {
             *       "currency": "USD",
             *       "amount": 25,
             *       "amount_x1000": 25000
             *     }
             */
            custom_data?: components["schemas"]["AutomaticEventCustomDataPayload"];
        };
        WebhookEndpointDisabledPayload: {
            /**
             * @description Id of the endpoint that was disabled.
             * @example whe_01HZX3Q8M4T7K2
             */
            endpoint_id: string;
            /**
             * @description Its URL.
             * @example https://hooks.example.com/whatsapp
             */
            url: string;
            /**
             * @description Why it was disabled.
             * @example Disabled after 50 consecutive failed deliveries
             */
            reason: string;
            /**
             * Format: date-time
             * @description When (ISO-8601).
             * @example 2026-05-12T16:10:17Z
             */
            disabled_at: string;
            /**
             * @description HTTP status of the last failed attempt, when there was a response.
             * @example 503
             */
            last_status_code?: number;
        };
        WebhookDeliveryFailingPayload: {
            /**
             * @description Id of the failing endpoint.
             * @example 5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f
             */
            endpoint_id: string;
            /**
             * @description Its URL.
             * @example https://hooks.example.com/whatsapp
             */
            url: string;
            /**
             * Format: date-time
             * @description Start of the run of failures (ISO-8601).
             * @example 2026-05-12T15:40:17Z
             */
            failing_since: string;
            /**
             * Format: date-time
             * @description When the endpoint will be disabled if no delivery succeeds before (ISO-8601).
             * @example 2026-05-17T15:40:17Z
             */
            disables_at: string;
            /**
             * @description HTTP status of the last failed attempt, when there was a response.
             * @example 503
             */
            last_status_code?: number;
        };
        WebhookDeliveryExhaustedPayload: {
            /**
             * @description Id of the event that could not be delivered.
             * @example evt_2x8QhT3m9YbKpL0aZc4RfVnW1sD
             */
            event_id: string;
            /**
             * @description Its type.
             * @example message.received
             */
            event_type: string;
            /**
             * @description Id of the endpoint it was for.
             * @example 5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f
             */
            endpoint_id: string;
            /**
             * @description Its URL.
             * @example https://hooks.example.com/whatsapp
             */
            url: string;
            /**
             * @description Attempts made.
             * @example 8
             */
            attempts: number;
            /**
             * @description Error of the last attempt.
             * @example HTTP 503
             */
            last_error: string;
            /**
             * @description HTTP status of the last attempt, when there was a response.
             * @example 503
             */
            last_status_code?: number;
        };
        WebhookEndpointRecoveredPayload: {
            /**
             * @description Id of the endpoint.
             * @example 5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f
             */
            endpoint_id: string;
            /**
             * @description Its URL.
             * @example https://hooks.example.com/whatsapp
             */
            url: string;
            /**
             * Format: date-time
             * @description Start of the failing period that ended (ISO-8601).
             * @example 2026-05-12T15:40:17Z
             */
            failing_since: string;
            /**
             * Format: date-time
             * @description When a delivery succeeded again (ISO-8601).
             * @example 2026-05-12T16:02:40Z
             */
            recovered_at: string;
        };
        WebhookEndpointChangedPayload: {
            /**
             * @description Id of the endpoint.
             * @example 5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f
             */
            endpoint_id: string;
            /**
             * @description Its URL.
             * @example https://hooks.example.com/whatsapp
             */
            url: string;
            /**
             * @description Its description.
             * @example CRM sync
             */
            description: string;
            /**
             * @description Subscribed event types or wildcards.
             * @example [
             *       "message.*"
             *     ]
             */
            events: string[];
            /**
             * @description Whether deliveries are on.
             * @example true
             */
            enabled: boolean;
            /**
             * @description Deliveries per second at most (absent when unlimited).
             * @example 50
             */
            rate_limit_per_second?: number;
            /**
             * Format: date-time
             * @description When the change happened (ISO-8601).
             * @example 2026-05-12T16:10:17Z
             */
            changed_at: string;
        };
        WebhookSecretRotatedPayload: {
            /**
             * @description Id of the endpoint.
             * @example 5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f
             */
            endpoint_id: string;
            /**
             * @description Its URL.
             * @example https://hooks.example.com/whatsapp
             */
            url: string;
            /**
             * Format: date-time
             * @description When the secret was rotated (ISO-8601).
             * @example 2026-05-12T16:10:17Z
             */
            rotated_at: string;
            /**
             * Format: date-time
             * @description Until when the previous secret keeps signing (ISO-8601), null when it stopped at once.
             * @example 2026-05-13T16:10:17Z
             */
            previous_secret_expires_at: string | null;
        };
        MetaUnmappedChangePayload: {
            /**
             * @description Meta's change field, e.g. messaging_handovers, account_settings_update, consumer_profile.
             * @example messaging_handovers
             */
            field: string;
            /**
             * @description no_translator: this service has no typed event for the field. unreadable: the change, or the item at `path`, does not have the shape Meta documents.
             * @example no_translator
             * @enum {string}
             */
            reason: "no_translator" | "unreadable";
            /**
             * @description Where the unreadable item sits in the change value, when only one item of the change was unreadable (its siblings were delivered as typed events).
             * @example messages[1]
             */
            path?: string;
            /**
             * @description What could not be read.
             * @example messages: messages[1] is not an object
             */
            message?: string;
            /**
             * @description Meta's entry.id the change came under: a WABA id, or a business portfolio id for partner fields.
             * @example 103850127645201
             */
            entry_id: string;
            /**
             * @description Meta's raw value: the whole change value, or the unreadable item when `path` is set. Any JSON.
             * @example {
             *       "messaging_product": "whatsapp",
             *       "recipient": {
             *         "display_phone_number": "15550100001",
             *         "phone_number_id": "117263540981001"
             *       },
             *       "sender": {
             *         "phone_number": "16505550123"
             *       },
             *       "timestamp": "1778490000",
             *       "control_passed": {
             *         "metadata": "handover to human agent"
             *       }
             *     }
             */
            value: ({
                [key: string]: unknown;
            } | null) | unknown[] | string | number | boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `message.received`: A WhatsApp user sent a message to one of your numbers or in one of your groups: text, media, location, contacts, interactive and button replies, reactions, orders, system messages (number, BSUID or identity changed), with Click-to-WhatsApp ad referral when present. The sender is in user: a user with a username may come with a BSUID and no phone number.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "message.received",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=",
         *         "from": "16505550123",
         *         "from_user_id": "US.13491208655302741918",
         *         "timestamp": "2026-05-11T08:00:11Z",
         *         "message_type": "text",
         *         "text": {
         *           "body": "Hi! Do you have the blue sneakers in size 38?"
         *         },
         *         "user": {
         *           "wa_id": "16505550123",
         *           "user_id": "US.13491208655302741918",
         *           "name": "Ana Torres"
         *         },
         *         "contact_name": "Ana Torres",
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "messages",
         *         "value": {}
         *       }
         *     }
         */
        MessageReceivedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.received";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MessageReceivedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example messages
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `message.status_updated`: A message you sent was sent, delivered, read, played or failed, with its conversation, pricing and errors. The recipient is in user; for a message sent to a group, one event per participant status.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "message.status_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI3MDNCNzVDQzNDMUM0QjVGODEA",
         *         "status": "delivered",
         *         "recipient_id": "16505550123",
         *         "recipient_user_id": "US.13491208655302741918",
         *         "user": {
         *           "wa_id": "16505550123",
         *           "user_id": "US.13491208655302741918",
         *           "username": "@anatorres",
         *           "name": "Ana Torres"
         *         },
         *         "timestamp": "2026-05-11T08:33:24Z",
         *         "display_phone_number": "15550100001",
         *         "conversation": {
         *           "id": "a2e653d5609c7b024ae53c8fc81bf016",
         *           "origin_type": "marketing"
         *         },
         *         "pricing": {
         *           "billable": true,
         *           "pricing_model": "PMP",
         *           "category": "marketing",
         *           "type": "regular"
         *         }
         *       },
         *       "raw": {
         *         "field": "messages",
         *         "value": {}
         *       }
         *     }
         */
        MessageStatusUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.status_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MessageStatusUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example messages
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `message.error`: Meta reported errors for one of your numbers that are not tied to a single message or status.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "message.error",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "display_phone_number": "15550100001",
         *         "errors": [
         *           {
         *             "code": 131000,
         *             "title": "Something went wrong",
         *             "message": "Something went wrong",
         *             "details": "Unable to process the webhook."
         *           }
         *         ]
         *       },
         *       "raw": {
         *         "field": "messages",
         *         "value": {}
         *       }
         *     }
         */
        MessageErrorEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.error";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MessageErrorPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example messages
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `message.echoed`: A message your business sent, edited (message_type edit) or deleted (revoke) from the WhatsApp Business app or a linked device (coexistence numbers), so your systems see both sides of the conversation.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "message.echoed",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgARGBJBNjQ3RDg5QjhGQzk4RTI0MkEA",
         *         "from": "15550100001",
         *         "to": "16505550123",
         *         "to_user_id": "US.13491208655302741918",
         *         "user": {
         *           "wa_id": "16505550123",
         *           "user_id": "US.13491208655302741918"
         *         },
         *         "timestamp": "2026-05-11T09:05:00Z",
         *         "message_type": "text",
         *         "text": {
         *           "body": "Yes, size 38 is in stock. Want me to reserve a pair?"
         *         },
         *         "display_phone_number": "15550100001",
         *         "source": "smb_message_echoes"
         *       },
         *       "raw": {
         *         "field": "smb_message_echoes",
         *         "value": {}
         *       }
         *     }
         */
        MessageEchoedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.echoed";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MessageEchoedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example smb_message_echoes
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `user.preferences_updated`: A WhatsApp user stopped or resumed marketing messages from your business.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "user.preferences_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "wa_id": "447700900123",
         *         "user_id": "GB.20558302741918134912",
         *         "user": {
         *           "wa_id": "447700900123",
         *           "user_id": "GB.20558302741918134912",
         *           "name": "Chloe Martin"
         *         },
         *         "contact_name": "Chloe Martin",
         *         "category": "marketing_messages",
         *         "value": "stop",
         *         "detail": "User requested to stop marketing messages",
         *         "timestamp": "2026-05-11T10:33:20Z",
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "user_preferences",
         *         "value": {}
         *       }
         *     }
         */
        UserPreferencesUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user.preferences_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["UserPreferencesUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example user_preferences
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `call.connecting`: A WhatsApp call is being set up (Calling API connect webhook): an incoming user call with its SDP offer, or the SDP answer to a call you placed.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "call.connecting",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "call_id": "wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwA",
         *         "event": "connect",
         *         "direction": "USER_INITIATED",
         *         "from": "16505550123",
         *         "from_user_id": "US.13491208655302741918",
         *         "to": "15550100001",
         *         "user": {
         *           "wa_id": "16505550123",
         *           "user_id": "US.13491208655302741918",
         *           "name": "Ana Torres"
         *         },
         *         "contact_name": "Ana Torres",
         *         "timestamp": "2026-05-11T09:10:00Z",
         *         "display_phone_number": "15550100001",
         *         "session": {
         *           "sdp_type": "offer",
         *           "sdp": "v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\n"
         *         }
         *       },
         *       "raw": {
         *         "field": "calls",
         *         "value": {}
         *       }
         *     }
         */
        CallConnectingEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.connecting";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["CallPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example calls
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `call.terminated`: A WhatsApp call ended, with its final status, start and end times and duration.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "call.terminated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "call_id": "wacid.HBgLMTY1MDU1NTAxMjMVAgASGCA2QzE3RjE0NjlBNjI0MzZGQjQ2N0EyMzc1QTA3MEVGNRwA",
         *         "event": "terminate",
         *         "direction": "USER_INITIATED",
         *         "from": "16505550123",
         *         "to": "15550100001",
         *         "timestamp": "2026-05-11T09:12:20Z",
         *         "display_phone_number": "15550100001",
         *         "status": "COMPLETED",
         *         "start_time": "2026-05-11T09:10:05Z",
         *         "end_time": "2026-05-11T09:12:20Z",
         *         "duration": 135
         *       },
         *       "raw": {
         *         "field": "calls",
         *         "value": {}
         *       }
         *     }
         */
        CallTerminatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.terminated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["CallPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example calls
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `call.status_updated`: A call you placed is ringing, was accepted or was rejected by the WhatsApp user.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "call.status_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "call_id": "wacid.HBgLMTY1MDU1NTAxMjMVAgARGCAyODRQIAFRoA",
         *         "status": "RINGING",
         *         "recipient_id": "16505550123",
         *         "recipient_user_id": "US.13491208655302741918",
         *         "user": {
         *           "wa_id": "16505550123",
         *           "user_id": "US.13491208655302741918"
         *         },
         *         "timestamp": "2026-05-11T09:20:00Z",
         *         "display_phone_number": "15550100001",
         *         "biz_opaque_callback_data": "ticket=5521"
         *       },
         *       "raw": {
         *         "field": "calls",
         *         "value": {}
         *       }
         *     }
         */
        CallStatusUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.status_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["CallStatusUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example calls
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `history.synced`: One chunk of the chat history of a WhatsApp Business app number onboarded with coexistence (or the notice that the business declined to share it).
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "history.synced",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "display_phone_number": "15550100001",
         *         "phase": 0,
         *         "chunk_order": 1,
         *         "progress": 100,
         *         "threads": [
         *           {
         *             "id": "16505550123",
         *             "user": {
         *               "wa_id": "16505550123",
         *               "user_id": "US.13491208655302741918"
         *             },
         *             "messages": [
         *               {
         *                 "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQzRkE1MDhGMjE0RTM5MEQ1RUEA",
         *                 "from": "16505550123",
         *                 "timestamp": "2026-05-10T18:00:00Z",
         *                 "message_type": "text",
         *                 "text": {
         *                   "body": "Is the shop open on Sunday?"
         *                 },
         *                 "status": "READ"
         *               }
         *             ]
         *           }
         *         ]
         *       },
         *       "raw": {
         *         "field": "history",
         *         "value": {}
         *       }
         *     }
         */
        HistorySyncedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "history.synced";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["HistorySyncedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example history
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `contact.synced`: A contact was added, edited or removed in the WhatsApp Business app address book of a coexistence number.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "contact.synced",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "sync_type": "contact",
         *         "action": "add",
         *         "contact": {
         *           "full_name": "Pablo Morales",
         *           "first_name": "Pablo",
         *           "phone_number": "16505551234"
         *         },
         *         "timestamp": "2026-05-11T11:00:00Z",
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "smb_app_state_sync",
         *         "value": {}
         *       }
         *     }
         */
        ContactSyncedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "contact.synced";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["ContactSyncedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example smb_app_state_sync
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `message.edited`: A WhatsApp user edited a message they had sent: the wamid of the original message and its new content, typed like any message's content.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "message.edited",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ0RjA3QkM2NzE5OTI1MzNEQkUA",
         *         "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=",
         *         "from": "16505550123",
         *         "from_user_id": "US.13491208655302741918",
         *         "timestamp": "2026-05-11T08:02:40Z",
         *         "message": {
         *           "message_type": "text",
         *           "text": {
         *             "body": "Hi! Do you have the blue sneakers in size 39?"
         *           }
         *         },
         *         "user": {
         *           "wa_id": "16505550123",
         *           "user_id": "US.13491208655302741918",
         *           "name": "Ana Torres"
         *         },
         *         "contact_name": "Ana Torres",
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "messages",
         *         "value": {}
         *       }
         *     }
         */
        MessageEditedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.edited";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MessageEditedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example messages
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `message.deleted`: A WhatsApp user deleted a message they had sent (for everyone): the wamid of the deleted message.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "message.deleted",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ3QjE5NkQ0MkE4QzM1RTEwMkEA",
         *         "original_message_id": "wamid.HBgLMTY1MDU1NTAxMjMVAgASGBQ1MDUyRjYxRDVCMDlGRUEwNUNDMQA=",
         *         "from_user_id": "US.13491208655302741918",
         *         "timestamp": "2026-05-11T08:04:02Z",
         *         "user": {
         *           "user_id": "US.13491208655302741918",
         *           "username": "@anatorres",
         *           "name": "Ana Torres"
         *         },
         *         "contact_name": "Ana Torres",
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "messages",
         *         "value": {}
         *       }
         *     }
         */
        MessageDeletedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.deleted";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MessageDeletedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example messages
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `user.id_updated`: A WhatsApp user's business-scoped user id (BSUID) changed, because they changed phone number: re-key what you stored under the previous BSUID.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "user.id_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "previous_user_id": "US.13491208655302741918",
         *         "current_user_id": "US.20385511893361028471",
         *         "previous_parent_user_id": "US.ENT.11815799212886844830",
         *         "current_parent_user_id": "US.ENT.20917745601238845571",
         *         "wa_id": "16505550199",
         *         "detail": "User id for Ana Torres has been updated.",
         *         "timestamp": "2026-05-11T09:30:00Z",
         *         "user": {
         *           "wa_id": "16505550199",
         *           "user_id": "US.20385511893361028471",
         *           "parent_user_id": "US.ENT.20917745601238845571",
         *           "name": "Ana Torres"
         *         },
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "user_id_update",
         *         "value": {}
         *       }
         *     }
         */
        UserIdUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user.id_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["UserIdUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example user_id_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `group.lifecycle_updated`: A WhatsApp group of one of your numbers was created or deleted (Groups API), or the request failed.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "group.lifecycle_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "group_id": "Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=",
         *         "update_type": "group_create",
         *         "request_id": "b5bf52b0-5d94-4b57-9ab9-6b9d94f1e8a7",
         *         "timestamp": "2026-05-11T10:00:00Z",
         *         "succeeded": true,
         *         "subject": "Order 8841 — delivery",
         *         "invite_link": "https://chat.whatsapp.com/Kp3s8fLx0aB7cD9eF1gH2i",
         *         "join_approval_mode": "approval_required",
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "group_lifecycle_update",
         *         "value": {}
         *       }
         *     }
         */
        GroupLifecycleUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.lifecycle_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["GroupLifecycleUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example group_lifecycle_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `group.participants_updated`: Users joined one of your groups, left it, were removed, asked to join or withdrew their request; each user named by phone, BSUID and username as far as Meta gives them.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "group.participants_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "group_id": "Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=",
         *         "update_type": "group_participants_add",
         *         "timestamp": "2026-05-11T10:05:00Z",
         *         "reason": "invite_link",
         *         "added_participants": [
         *           {
         *             "wa_id": "16505550123",
         *             "user_id": "US.13491208655302741918",
         *             "username": "@anatorres"
         *           }
         *         ],
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "group_participants_update",
         *         "value": {}
         *       }
         *     }
         */
        GroupParticipantsUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.participants_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["GroupParticipantsUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example group_participants_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `group.settings_updated`: The subject, description or profile picture of one of your groups was updated, with which settings were applied and why others were not.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "group.settings_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "group_id": "Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=",
         *         "update_type": "group_settings_update",
         *         "request_id": "3f0d9c1e-27a4-4f4b-8d0e-5a6b7c8d9e0f",
         *         "timestamp": "2026-05-11T10:10:00Z",
         *         "group_subject": {
         *           "text": "Order 8841 — delivery",
         *           "update_successful": true
         *         },
         *         "group_description": {
         *           "text": "Coordination of order 8841",
         *           "update_successful": true
         *         },
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "group_settings_update",
         *         "value": {}
         *       }
         *     }
         */
        GroupSettingsUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.settings_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["GroupSettingsUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example group_settings_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `group.status_updated`: WhatsApp suspended one of your groups for a policy violation, or cleared its suspension.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "group.status_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "group_id": "Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjMwMjk2NTU1MTM2NjE=",
         *         "update_type": "group_suspend",
         *         "timestamp": "2026-05-11T10:20:00Z",
         *         "suspended": true,
         *         "display_phone_number": "15550100001"
         *       },
         *       "raw": {
         *         "field": "group_status_update",
         *         "value": {}
         *       }
         *     }
         */
        GroupStatusUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.status_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["GroupStatusUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example group_status_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `template.status_updated`: A message template was approved, rejected, paused, disabled, flagged or reinstated.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "template.status_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "template_id": "1437190053021874",
         *         "template_name": "order_shipped",
         *         "language": "en_US",
         *         "status": "APPROVED",
         *         "reason": "NONE",
         *         "category": "UTILITY"
         *       },
         *       "raw": {
         *         "field": "message_template_status_update",
         *         "value": {}
         *       }
         *     }
         */
        TemplateStatusUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "template.status_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["TemplateStatusUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example message_template_status_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `template.quality_updated`: A message template's quality rating changed (GREEN, YELLOW, RED).
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "template.quality_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "template_id": "1437190053021881",
         *         "template_name": "weekly_deals",
         *         "language": "en_US",
         *         "previous_quality_score": "GREEN",
         *         "new_quality_score": "YELLOW"
         *       },
         *       "raw": {
         *         "field": "message_template_quality_update",
         *         "value": {}
         *       }
         *     }
         */
        TemplateQualityUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "template.quality_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["TemplateQualityUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example message_template_quality_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `template.category_updated`: A message template's category changed, or will change in 24 hours.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "template.category_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "template_id": "1437190053021887",
         *         "template_name": "loyalty_points_update",
         *         "language": "en_US",
         *         "previous_category": "UTILITY",
         *         "new_category": "MARKETING"
         *       },
         *       "raw": {
         *         "field": "template_category_update",
         *         "value": {}
         *       }
         *     }
         */
        TemplateCategoryUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "template.category_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["TemplateCategoryUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example template_category_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `template.components_updated`: A message template was edited: its body, header, footer or buttons changed.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "template.components_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "template_id": "1437190053021874",
         *         "template_name": "order_shipped",
         *         "language": "en_US",
         *         "body": "Hi {{1}}, your order {{2}} has shipped.",
         *         "header": "Order update",
         *         "footer": "Example Shoes",
         *         "buttons": [
         *           {
         *             "type": "URL",
         *             "text": "Track order",
         *             "url": "https://example.com/track/{{1}}"
         *           }
         *         ]
         *       },
         *       "raw": {
         *         "field": "message_template_components_update",
         *         "value": {}
         *       }
         *     }
         */
        TemplateComponentsUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "template.components_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["TemplateComponentsUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example message_template_components_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `phone_number.name_updated`: Meta decided on a business number's requested display name.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "phone_number.name_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "display_phone_number": "15550100001",
         *         "decision": "APPROVED",
         *         "requested_verified_name": "Example Shoes",
         *         "rejection_reason": null
         *       },
         *       "raw": {
         *         "field": "phone_number_name_update",
         *         "value": {}
         *       }
         *     }
         */
        PhoneNumberNameUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "phone_number.name_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["PhoneNumberNameUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example phone_number_name_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `phone_number.quality_updated`: A business number's messaging limit or throughput changed (or it was flagged / unflagged). Meta names the number by its display form; the envelope's phone_number_id is resolved from it.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "phone_number.quality_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "display_phone_number": "15550100001",
         *         "event": "UPGRADE",
         *         "max_daily_conversations_per_business": "TIER_10K",
         *         "current_limit": "TIER_10K",
         *         "old_limit": "TIER_2K"
         *       },
         *       "raw": {
         *         "field": "phone_number_quality_update",
         *         "value": {}
         *       }
         *     }
         */
        PhoneNumberQualityUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "phone_number.quality_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["PhoneNumberQualityUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example phone_number_quality_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `account.updated`: Something changed on the WhatsApp Business Account: a policy violation, a restriction, a ban, partner sharing or removal, an ad account link, verification, deletion, pricing tier or eligibility. Partner events reach the workspace of the WABA they concern.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "account.updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "event": "ACCOUNT_VIOLATION",
         *         "violation_info": {
         *           "violation_type": "SCAM"
         *         }
         *       },
         *       "raw": {
         *         "field": "account_update",
         *         "value": {}
         *       }
         *     }
         */
        AccountUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["AccountUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `account.alert`: Meta raised or resolved an alert about messaging limits, the business profile or Official Business Account status.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "account.alert",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "entity_type": "BUSINESS",
         *         "entity_id": "948201736455102",
         *         "alert_type": "INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED",
         *         "alert_severity": "WARNING",
         *         "alert_status": "ACTIVE",
         *         "alert_description": "Limits cannot be increased for your business Example Shoes LLC."
         *       },
         *       "raw": {
         *         "field": "account_alerts",
         *         "value": {}
         *       }
         *     }
         */
        AccountAlertEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.alert";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["AccountAlertPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_alerts
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `account.review_updated`: The WhatsApp Business Account was reviewed against Meta policies.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "account.review_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "decision": "APPROVED"
         *       },
         *       "raw": {
         *         "field": "account_review_update",
         *         "value": {}
         *       }
         *     }
         */
        AccountReviewUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.review_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["AccountReviewUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_review_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `account.capability_updated`: The account's capabilities changed: messaging limit, phone numbers allowed.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "account.capability_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "max_daily_conversations_per_business": 10000,
         *         "max_phone_numbers_per_waba": 25
         *       },
         *       "raw": {
         *         "field": "business_capability_update",
         *         "value": {}
         *       }
         *     }
         */
        AccountCapabilityUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.capability_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["AccountCapabilityUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example business_capability_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `account.security_event`: A security setting of a business number changed, such as its two-step verification PIN.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "account.security_event",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "display_phone_number": "15550100001",
         *         "event": "PIN_CHANGED"
         *       },
         *       "raw": {
         *         "field": "security",
         *         "value": {}
         *       }
         *     }
         */
        AccountSecurityEventEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.security_event";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["AccountSecurityEventPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example security
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `flow.status_updated`: A WhatsApp Flow changed status (published, throttled, blocked, deprecated).
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "flow.status_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "event": "FLOW_STATUS_CHANGE",
         *         "flow_id": "1097420589034000",
         *         "message": "Flow Booking changed status from DRAFT to PUBLISHED",
         *         "old_status": "DRAFT",
         *         "new_status": "PUBLISHED"
         *       },
         *       "raw": {
         *         "field": "flows",
         *         "value": {}
         *       }
         *     }
         */
        FlowStatusUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "flow.status_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["FlowStatusUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example flows
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `flow.alert`: A WhatsApp Flow's endpoint or client crossed an error-rate, latency or availability threshold, or a Flow version is about to expire.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "flow.alert",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "event": "ENDPOINT_ERROR_RATE",
         *         "flow_id": "1097420589034000",
         *         "message": "Endpoint error rate has reached the 10% threshold",
         *         "alert_state": "ACTIVATED",
         *         "threshold": 10,
         *         "error_rate": 12.5,
         *         "errors": [
         *           {
         *             "error_type": "TIMEOUT",
         *             "error_rate": 12.5,
         *             "error_count": 25
         *           }
         *         ]
         *       },
         *       "raw": {
         *         "field": "flows",
         *         "value": {}
         *       }
         *     }
         */
        FlowAlertEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "flow.alert";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["FlowAlertPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example flows
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `partner_solution.updated`: A Multi-Partner Solution was created, accepted, rejected or deactivated.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "partner_solution.updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "event": "SOLUTION_CREATED",
         *         "solution_id": "1220406039151413",
         *         "solution_status": "INITIATED"
         *       },
         *       "raw": {
         *         "field": "partner_solutions",
         *         "value": {}
         *       }
         *     }
         */
        PartnerSolutionUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "partner_solution.updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["PartnerSolutionUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example partner_solutions
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `payment_configuration.updated`: A payment configuration (Payments API India / Brazil) was connected, disconnected or activated.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "payment_configuration.updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "configuration_name": "example-shoes-razorpay",
         *         "provider_name": "razorpay",
         *         "provider_mid": "acc_0aBcDeFgHiJkLm",
         *         "status": "Active",
         *         "created_timestamp": "2026-05-01T09:00:00Z",
         *         "updated_timestamp": "2026-05-11T09:00:00Z"
         *       },
         *       "raw": {
         *         "field": "payment_configuration_update",
         *         "value": {}
         *       }
         *     }
         */
        PaymentConfigurationUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment_configuration.updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["PaymentConfigurationUpdatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example payment_configuration_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `ctwa.automatic_event`: Meta detected a lead or a purchase in a chat that started from a Click-to-WhatsApp ad; purchases carry their real amount and currency.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "ctwa.automatic_event",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "event_id": "wamid.HBgLMTY1MDU1NTAxNDUVAgASGBQxRkREODgyNkY3RjQ5OUFFQTYzNwA=",
         *         "event_name": "Purchase",
         *         "ctwa_clid": "Affke_yKVBSHfsygKb2mO5UNWQI7MAYV34wvLtyNqJ-9OdO1v64_oL2dHr_fp",
         *         "timestamp": "2026-05-11T10:30:00Z",
         *         "display_phone_number": "15550100001",
         *         "custom_data": {
         *           "currency": "USD",
         *           "amount": 25,
         *           "amount_x1000": 25000
         *         }
         *       },
         *       "raw": {
         *         "field": "automatic_events",
         *         "value": {}
         *       }
         *     }
         */
        CtwaAutomaticEventEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ctwa.automatic_event";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["CtwaAutomaticEventPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example automatic_events
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.endpoint_disabled`: This service stopped delivering to one of your webhook endpoints after repeated failures; recover it to resume.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.endpoint_disabled",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "whe_01HZX3Q8M4T7K2",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "reason": "Disabled after 50 consecutive failed deliveries",
         *         "disabled_at": "2026-05-12T16:10:17Z",
         *         "last_status_code": 503
         *       },
         *       "raw": null
         *     }
         */
        WebhookEndpointDisabledEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.endpoint_disabled";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookEndpointDisabledPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.delivery_failing`: Every delivery to one of your endpoints has failed for a while (DELIVERY_FAILING_AFTER): a warning, once per failing period, well before the endpoint is disabled. Sent to your other subscribed endpoints, never to the failing one.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.delivery_failing",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "failing_since": "2026-05-12T15:40:17Z",
         *         "disables_at": "2026-05-17T15:40:17Z",
         *         "last_status_code": 503
         *       },
         *       "raw": null
         *     }
         */
        WebhookDeliveryFailingEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.delivery_failing";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookDeliveryFailingPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.delivery_exhausted`: A delivery used all its attempts without success: the event, the endpoint and the last error. Resend it from the delivery log.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.delivery_exhausted",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "event_id": "evt_2x8QhT3m9YbKpL0aZc4RfVnW1sD",
         *         "event_type": "message.received",
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "attempts": 8,
         *         "last_error": "HTTP 503",
         *         "last_status_code": 503
         *       },
         *       "raw": null
         *     }
         */
        WebhookDeliveryExhaustedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.delivery_exhausted";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookDeliveryExhaustedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.endpoint_recovered`: The first successful delivery to an endpoint after a failing period (one that was reported by webhook.delivery_failing).
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.endpoint_recovered",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "failing_since": "2026-05-12T15:40:17Z",
         *         "recovered_at": "2026-05-12T16:02:40Z"
         *       },
         *       "raw": null
         *     }
         */
        WebhookEndpointRecoveredEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.endpoint_recovered";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookEndpointRecoveredPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.endpoint_created`: A webhook endpoint was added to the workspace.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.endpoint_created",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "description": "CRM sync",
         *         "events": [
         *           "message.*"
         *         ],
         *         "enabled": true,
         *         "rate_limit_per_second": 50,
         *         "changed_at": "2026-05-12T16:10:17Z"
         *       },
         *       "raw": null
         *     }
         */
        WebhookEndpointCreatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.endpoint_created";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookEndpointChangedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.endpoint_updated`: A webhook endpoint was changed (URL, events, filter, headers, rate limit, enabled).
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.endpoint_updated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "description": "CRM sync",
         *         "events": [
         *           "message.*"
         *         ],
         *         "enabled": true,
         *         "rate_limit_per_second": 50,
         *         "changed_at": "2026-05-12T16:10:17Z"
         *       },
         *       "raw": null
         *     }
         */
        WebhookEndpointUpdatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.endpoint_updated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookEndpointChangedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.endpoint_deleted`: A webhook endpoint was deleted; its pending deliveries are dropped.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.endpoint_deleted",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "description": "CRM sync",
         *         "events": [
         *           "message.*"
         *         ],
         *         "enabled": true,
         *         "rate_limit_per_second": 50,
         *         "changed_at": "2026-05-12T16:10:17Z"
         *       },
         *       "raw": null
         *     }
         */
        WebhookEndpointDeletedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.endpoint_deleted";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookEndpointChangedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `webhook.secret_rotated`: An endpoint's signing secret was rotated; the previous one keeps signing until previous_secret_expires_at.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "webhook.secret_rotated",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "endpoint_id": "5b0c2f7e-6a3e-4f7e-9a55-1f0a3c1d2e4f",
         *         "url": "https://hooks.example.com/whatsapp",
         *         "rotated_at": "2026-05-12T16:10:17Z",
         *         "previous_secret_expires_at": "2026-05-13T16:10:17Z"
         *       },
         *       "raw": null
         *     }
         */
        WebhookSecretRotatedEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.secret_rotated";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["WebhookSecretRotatedPayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /**
         * @description Body POSTed to your endpoint for `meta.unmapped_change`: A Meta change this service has no typed event for (fields such as messaging_handovers, account_settings_update, consumer_profile, tracking_events, template_correct_category_detection, and fields Meta adds later) or could not read, delivered with Meta's raw value. Subscribe to it to receive every Meta change, not only the typed ones.
         * @example {
         *       "id": "evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw",
         *       "type": "meta.unmapped_change",
         *       "created_at": "2026-05-12T16:10:17Z",
         *       "timestamp": "2026-05-12T16:10:17.000Z",
         *       "workspace_id": "5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11",
         *       "waba_id": "102290129340398",
         *       "phone_number_id": null,
         *       "data": {
         *         "field": "messaging_handovers",
         *         "reason": "no_translator",
         *         "entry_id": "103850127645201",
         *         "value": {
         *           "messaging_product": "whatsapp",
         *           "recipient": {
         *             "display_phone_number": "15550100001",
         *             "phone_number_id": "117263540981001"
         *           },
         *           "sender": {
         *             "phone_number": "16505550123"
         *           },
         *           "timestamp": "1778490000",
         *           "control_passed": {
         *             "metadata": "handover to human agent"
         *           }
         *         }
         *       },
         *       "raw": null
         *     }
         */
        MetaUnmappedChangeEvent: {
            /**
             * @description Event id, stable across retries; also the webhook-id header
             * @example evt_3nq0Zs1s9m4yQH2B7xkq8cD1aLw
             */
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "meta.unmapped_change";
            /**
             * Format: date-time
             * @description When it happened according to Meta
             * @example 2026-05-12T16:10:17Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description The event time with milliseconds (the Standard Webhooks payload `timestamp`); absent only on events stored before it existed
             * @example 2026-05-12T16:10:17.000Z
             */
            timestamp?: string;
            /**
             * Format: uuid
             * @example 5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11
             */
            workspace_id: string;
            /**
             * @description WhatsApp Business Account id; null when the event has none
             * @example 102290129340398
             */
            waba_id: string | null;
            /**
             * @description Business phone number id, where Meta gives one
             * @example 117263540981001
             */
            phone_number_id: string | null;
            data: components["schemas"]["MetaUnmappedChangePayload"];
            /** @description Meta's original change (null for operational events) */
            raw: {
                /**
                 * @description Meta's change field
                 * @example account_update
                 */
                field: string;
                /** @description Meta's change value, as received (any JSON object) */
                value: {
                    [key: string]: unknown;
                };
            } | null;
            /**
             * @description Present and true only on test events
             * @example true
             */
            test?: boolean;
        };
        /** @description Any event delivered to a webhook endpoint, discriminated by `type`. */
        WebhookEvent: components["schemas"]["MessageReceivedEvent"] | components["schemas"]["MessageStatusUpdatedEvent"] | components["schemas"]["MessageErrorEvent"] | components["schemas"]["MessageEchoedEvent"] | components["schemas"]["UserPreferencesUpdatedEvent"] | components["schemas"]["CallConnectingEvent"] | components["schemas"]["CallTerminatedEvent"] | components["schemas"]["CallStatusUpdatedEvent"] | components["schemas"]["HistorySyncedEvent"] | components["schemas"]["ContactSyncedEvent"] | components["schemas"]["MessageEditedEvent"] | components["schemas"]["MessageDeletedEvent"] | components["schemas"]["UserIdUpdatedEvent"] | components["schemas"]["GroupLifecycleUpdatedEvent"] | components["schemas"]["GroupParticipantsUpdatedEvent"] | components["schemas"]["GroupSettingsUpdatedEvent"] | components["schemas"]["GroupStatusUpdatedEvent"] | components["schemas"]["TemplateStatusUpdatedEvent"] | components["schemas"]["TemplateQualityUpdatedEvent"] | components["schemas"]["TemplateCategoryUpdatedEvent"] | components["schemas"]["TemplateComponentsUpdatedEvent"] | components["schemas"]["PhoneNumberNameUpdatedEvent"] | components["schemas"]["PhoneNumberQualityUpdatedEvent"] | components["schemas"]["AccountUpdatedEvent"] | components["schemas"]["AccountAlertEvent"] | components["schemas"]["AccountReviewUpdatedEvent"] | components["schemas"]["AccountCapabilityUpdatedEvent"] | components["schemas"]["AccountSecurityEventEvent"] | components["schemas"]["FlowStatusUpdatedEvent"] | components["schemas"]["FlowAlertEvent"] | components["schemas"]["PartnerSolutionUpdatedEvent"] | components["schemas"]["PaymentConfigurationUpdatedEvent"] | components["schemas"]["CtwaAutomaticEventEvent"] | components["schemas"]["WebhookEndpointDisabledEvent"] | components["schemas"]["WebhookDeliveryFailingEvent"] | components["schemas"]["WebhookDeliveryExhaustedEvent"] | components["schemas"]["WebhookEndpointRecoveredEvent"] | components["schemas"]["WebhookEndpointCreatedEvent"] | components["schemas"]["WebhookEndpointUpdatedEvent"] | components["schemas"]["WebhookEndpointDeletedEvent"] | components["schemas"]["WebhookSecretRotatedEvent"] | components["schemas"]["MetaUnmappedChangeEvent"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ProvisioningController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceCreatedDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProvisioningController_listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProvisioningController_issueKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IssueApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKeyDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProvisioningController_revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
                /** @description API key id */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProvisioningController_listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappAccountDto"][];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProvisioningController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWhatsappAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappAccountDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ProvisioningController_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
                wabaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BusinessPortfoliosController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPortfolioDto"][];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BusinessPortfoliosController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBusinessPortfolioDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPortfolioDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BusinessPortfoliosController_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Workspace id */
                workspaceId: string;
                businessId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    UnhandledChangesController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                /** @description Only changes kept for this reason */
                reason?: "unknown_object" | "unknown_waba" | "unknown_business" | "unknown_field" | "unreadable_value" | "unreadable_item" | "too_deep";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnhandledChangePageDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: 1 to 255 visible ASCII characters, unique per intended operation (a UUID is a good choice). Within 24 hours, the same key with the same body on the same path answers the first successful response again (with `Idempotent-Replayed: true`) without doing it twice; with another body or path: 409 `idempotency_key_reused`; while the first request is still running: 409 `idempotency_key_in_progress`. Failed requests (4xx, 5xx) are not kept. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Idempotency-Key already used with another body or path (idempotency_key_reused), or its first request is still running (idempotency_key_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A workspace limit was reached (limit_reached) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A backing service is unavailable; retry later (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A backing service is unavailable; retry later (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A backing service is unavailable; retry later (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: 1 to 255 visible ASCII characters, unique per intended operation (a UUID is a good choice). Within 24 hours, the same key with the same body on the same path answers the first successful response again (with `Idempotent-Replayed: true`) without doing it twice; with another body or path: 409 `idempotency_key_reused`; while the first request is still running: 409 `idempotency_key_in_progress`. Failed requests (4xx, 5xx) are not kept. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Idempotency-Key already used with another body or path (idempotency_key_reused), or its first request is still running (idempotency_key_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WebhooksController_getSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    TestEventsController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: 1 to 255 visible ASCII characters, unique per intended operation (a UUID is a good choice). Within 24 hours, the same key with the same body on the same path answers the first successful response again (with `Idempotent-Replayed: true`) without doing it twice; with another body or path: 409 `idempotency_key_reused`; while the first request is still running: 409 `idempotency_key_in_progress`. Failed requests (4xx, 5xx) are not kept. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendTestEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestEventResultDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Idempotency-Key already used with another body or path (idempotency_key_reused), or its first request is still running (idempotency_key_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    DeliveriesController_list: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state */
                state?: "pending" | "succeeded" | "failed" | "endpoint_deleted";
                /** @description Only this event type */
                event_type?: "message.received" | "message.status_updated" | "message.error" | "message.echoed" | "user.preferences_updated" | "call.connecting" | "call.terminated" | "call.status_updated" | "history.synced" | "contact.synced" | "message.edited" | "message.deleted" | "user.id_updated" | "group.lifecycle_updated" | "group.participants_updated" | "group.settings_updated" | "group.status_updated" | "template.status_updated" | "template.quality_updated" | "template.category_updated" | "template.components_updated" | "phone_number.name_updated" | "phone_number.quality_updated" | "account.updated" | "account.alert" | "account.review_updated" | "account.capability_updated" | "account.security_event" | "flow.status_updated" | "flow.alert" | "partner_solution.updated" | "payment_configuration.updated" | "ctwa.automatic_event" | "webhook.endpoint_disabled" | "webhook.delivery_failing" | "webhook.delivery_exhausted" | "webhook.endpoint_recovered" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "meta.unmapped_change";
                /** @description Deliveries created at or after this time (ISO-8601) */
                since?: string;
                /** @description Deliveries created before this time (ISO-8601) */
                until?: string;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A backing service is unavailable; retry later (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    DeliveriesController_recover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: 1 to 255 visible ASCII characters, unique per intended operation (a UUID is a good choice). Within 24 hours, the same key with the same body on the same path answers the first successful response again (with `Idempotent-Replayed: true`) without doing it twice; with another body or path: 409 `idempotency_key_reused`; while the first request is still running: 409 `idempotency_key_in_progress`. Failed requests (4xx, 5xx) are not kept. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Webhook endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoverDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoverResultDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Idempotency-Key already used with another body or path (idempotency_key_reused), or its first request is still running (idempotency_key_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A backing service is unavailable; retry later (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    DeliveriesController_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: 1 to 255 visible ASCII characters, unique per intended operation (a UUID is a good choice). Within 24 hours, the same key with the same body on the same path answers the first successful response again (with `Idempotent-Replayed: true`) without doing it twice; with another body or path: 409 `idempotency_key_reused`; while the first request is still running: 409 `idempotency_key_in_progress`. Failed requests (4xx, 5xx) are not kept. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryResultDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Idempotency-Key already used with another body or path (idempotency_key_reused), or its first request is still running (idempotency_key_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description A backing service is unavailable; retry later (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event id (the webhook-id header of its deliveries) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivered envelope, one of the WebhookEvent types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EventTypesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeListDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    WorkspaceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentWorkspaceDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PortalSessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSessionDto"][];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PortalSessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreatePortalSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPortalSessionDto"];
                };
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PortalSessionsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspaceId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (validation_failed / invalid_json), with per-field details. null is refused for every field: omit a field to leave it unchanged. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Missing or invalid credentials (unauthorized / invalid_signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Not found in this workspace (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description Too many requests (rate_limited); Retry-After gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
}
