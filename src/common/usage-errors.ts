/**
 * Errors about how the library is called rather than about a template: no rule of the registry checks them,
 * but each has an id, a docs page `docs/rules/<id>.md` like a rule's, and its message starts with `[id]`
 * like every error the library throws, so that users in every language match on them the same way.
 */
export interface UsageError {
  /** The id, e.g. `file-not-readable`. */
  readonly id: string;
  /** One sentence: what the library expects. */
  readonly summary: string;
}

/** The id of the error a file the library is given cannot be read with. */
export const FILE_NOT_READABLE = 'file-not-readable';
/** The id of the error `grantInvoke` throws on a route that is not authorized with IAM. */
export const HTTP_ROUTE_GRANT_INVOKE = 'http-route-grant-invoke';
/** The id of the error an authorizer's aws-cdk-lib-style `authorizerId` or `authorizerRef` throws when it is not one known id. */
export const AUTHORIZER_ID_UNKNOWN = 'authorizer-id-unknown';
/** The id of the error a `from...Attributes` import throws when an attribute it needs is given in neither of its names. */
export const IMPORT_ATTRIBUTES_REQUIRED = 'import-attributes-required';
/** The id of the error an imported resource throws when asked to change, or for what it was not imported with. */
export const IMPORTED_RESOURCE = 'imported-resource';
/** The id of the error `HttpEventBusApi` throws when its path has no `{detailType}` variable and no `detailType` is given. */
export const HTTP_EVENT_BUS_API_DETAIL_TYPE = 'http-event-bus-api-detail-type';
/** The id of the error `HttpEventBusApi` throws when given both `eventBus` and `encryptionKey`. */
export const HTTP_EVENT_BUS_API_ENCRYPTION_KEY = 'http-event-bus-api-encryption-key';
/** The id of the error `HttpEventBusApi` throws when its event source starts with `aws.`, or defaults to an API name that is not static text. */
export const HTTP_EVENT_BUS_API_SOURCE = 'http-event-bus-api-source';
/** The id of the error `WebSocketConnectionsApi` throws on an attribute name its templates cannot hold, or one used twice. */
export const WEBSOCKET_CONNECTIONS_API_ATTRIBUTE_NAME = 'websocket-connections-api-attribute-name';
/** The id of the error `WebSocketConnectionsApi` throws on props that exclude each other. */
export const WEBSOCKET_CONNECTIONS_API_OPTIONS = 'websocket-connections-api-options';

/** The id of the error `HttpPrivateBackendApi` throws when it knows no VPC to make its VPC link in. */
export const HTTP_PRIVATE_BACKEND_API_VPC = 'http-private-backend-api-vpc';
/** The id of the error `HttpPrivateBackendApi` throws when the backend's port is unknown or not a TCP port. */
export const HTTP_PRIVATE_BACKEND_API_PORT = 'http-private-backend-api-port';
/** The id of the error `HttpPrivateBackendApi` throws when `tlsServerName` does not match the listener's protocol. */
export const HTTP_PRIVATE_BACKEND_API_TLS = 'http-private-backend-api-tls';
/** The id of the error `HttpPrivateBackendApi` throws when it is given no route. */
export const HTTP_PRIVATE_BACKEND_API_ROUTES = 'http-private-backend-api-routes';

/** The id of the error `HttpQueueApi` throws when `messageAttributes` breaks SQS's rules for message attributes. */
export const HTTP_QUEUE_API_MESSAGE_ATTRIBUTES = 'http-queue-api-message-attributes';
/** The id of the error `HttpQueueApi` throws when options of the queue it makes are given with `queue` or contradict each other, or a FIFO queue has no message group id. */
export const HTTP_QUEUE_API_QUEUE_OPTIONS = 'http-queue-api-queue-options';

export const USAGE_ERRORS: readonly UsageError[] = [
  {
    id: FILE_NOT_READABLE,
    summary: 'A file the library is given to read (a mapping template, an OpenAPI definition) is a regular file it can read',
  },
  {
    id: HTTP_ROUTE_GRANT_INVOKE,
    summary: 'HttpRoute.grantInvoke is called on a route authorized with IAM (HttpIamAuthorizer)',
  },
  {
    id: IMPORT_ATTRIBUTES_REQUIRED,
    summary: 'A from...Attributes import is given each attribute it needs, in one of the names it takes (aws-cdk-lib\'s or Switchyard\'s)',
  },
  {
    id: IMPORTED_RESOURCE,
    summary: 'An imported resource is not changed (a stage variable added) nor asked for what it was not imported with (a custom domain URL)',
  },
  {
    id: AUTHORIZER_ID_UNKNOWN,
    summary: "An authorizer's authorizerId (or authorizerRef) is read once it names one authorizer resource of a known API",
  },
  {
    id: HTTP_EVENT_BUS_API_DETAIL_TYPE,
    summary: "HttpEventBusApi's path has a {detailType} variable, or its detailType is given",
  },
  {
    id: HTTP_EVENT_BUS_API_ENCRYPTION_KEY,
    summary: 'HttpEventBusApi takes encryptionKey only for the event bus it makes, not with an eventBus given',
  },
  {
    id: HTTP_EVENT_BUS_API_SOURCE,
    summary: "HttpEventBusApi's event source does not start with aws. (kept for AWS services), and an API name it defaults to is static text",
  },
  {
    id: HTTP_PRIVATE_BACKEND_API_VPC,
    summary: 'HttpPrivateBackendApi knows the VPC of its backend: from vpc, vpcLink, or a load balancer listener made in the app',
  },
  {
    id: HTTP_PRIVATE_BACKEND_API_PORT,
    summary: "HttpPrivateBackendApi knows the backend's port (1 to 65535) when it makes the VPC link's security group",
  },
  {
    id: HTTP_PRIVATE_BACKEND_API_TLS,
    summary: "HttpPrivateBackendApi's tlsServerName is given for a listener that ends TLS (HTTPS, TLS), and not for a plain HTTP listener",
  },
  {
    id: HTTP_PRIVATE_BACKEND_API_ROUTES,
    summary: 'HttpPrivateBackendApi is given at least one route',
  },
  {
    id: WEBSOCKET_CONNECTIONS_API_ATTRIBUTE_NAME,
    summary: "WebSocketConnectionsApi's attribute names (partition key, query string attributes) are 1 to 255 letters, digits, _, - or ., each used once",
  },
  {
    id: WEBSOCKET_CONNECTIONS_API_OPTIONS,
    summary: 'WebSocketConnectionsApi is given encryptionKey only for the table it creates, cloudWatchRoleRemovalPolicy only with its CloudWatch Logs role, and a sendHandler with a role',
  },
  {
    id: HTTP_QUEUE_API_MESSAGE_ATTRIBUTES,
    summary: "HttpQueueApi's messageAttributes name at most 10 SQS message attributes, each with a name SQS takes, read from a header with an HTTP header name",
  },
  {
    id: HTTP_QUEUE_API_QUEUE_OPTIONS,
    summary: "HttpQueueApi's options for the queue it makes are given only when it makes one and agree with each other; a FIFO queue gets a messageGroupId",
  },
];
