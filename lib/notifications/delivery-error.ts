/** Thrown by a sender when the receiver refused; `status` is the HTTP status, if there was one. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}
