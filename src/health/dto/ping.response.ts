export class PingResponse {
  ok: true;
}
