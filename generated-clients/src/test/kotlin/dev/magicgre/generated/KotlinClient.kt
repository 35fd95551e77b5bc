package dev.magicgre.generated

import dev.magicgre.gen.kotlin.client.apis.GRETunnelsApi
import dev.magicgre.gen.kotlin.client.infrastructure.ApiClient
import dev.magicgre.gen.kotlin.client.infrastructure.ClientError
import dev.magicgre.gen.kotlin.client.infrastructure.ClientException
import dev.magicgre.gen.kotlin.client.infrastructure.Serializer
import dev.magicgre.gen.kotlin.client.models.ApiErrorResponse
import dev.magicgre.gen.kotlin.client.models.GreTunnel
import dev.magicgre.gen.kotlin.client.models.GreTunnelCreateRequest
import dev.magicgre.gen.kotlin.client.models.GreTunnelHealthCheck
import dev.magicgre.gen.kotlin.client.models.GreTunnelHealthCheckRequest
import dev.magicgre.gen.kotlin.client.models.GreTunnelUpdateRequest
import dev.magicgre.gen.kotlin.client.models.GreTunnelsCreateBody
import dev.magicgre.gen.kotlin.client.models.GreTunnelsUpdateItem
import dev.magicgre.gen.kotlin.client.models.GreTunnelsUpdateRequest
import dev.magicgre.gen.kotlin.client.models.MagicHealthCheckTargetRequest
import java.net.URI

/**
 * openapi-generator `kotlin` (library jvm-okhttp4, Moshi), default options. Like java resttemplate, it merges a
 * oneOf's variants into one class: the create body has every member of both forms, the required ones of both as
 * non-null constructor parameters. health_check.target is `kotlin.Any?` (a String or a Map when read).
 */
class KotlinClient(baseUri: URI, token: String) : GeneratedClient {

  private val api = GRETunnelsApi(baseUri.toString())

  init {
    // the generated ApiClient keeps the bearer token of the api_token scheme in its companion object
    ApiClient.accessToken = token
  }

  override fun createOne(tunnel: TunnelSpec, objectForm: Boolean, validateOnly: Boolean): TunnelView {
    // the merged body needs gre_tunnels (required in the other form): an empty one, which the API ignores beside a tunnel
    val body = GreTunnelsCreateBody(name = tunnel.name(), cloudflareGreEndpoint = TunnelSpec.CLOUDFLARE_ENDPOINT,
        customerGreEndpoint = tunnel.customerEndpoint(), interfaceAddress = tunnel.interfaceAddress(),
        greTunnels = emptyList(), description = tunnel.description(), healthCheck = healthCheck(tunnel, objectForm))
    val result = api.createGreTunnel(GeneratedClient.ACCOUNT, body, objectForm, validateOnly).result
    return TunnelView(result.id, result.name, result.description, target(result.healthCheck))
  }

  override fun createSeveral(tunnels: List<TunnelSpec>, objectForm: Boolean): List<TunnelView> {
    val first = tunnels.first()
    // the merged body needs the members a one-tunnel body requires: the first tunnel's, next to gre_tunnels
    val body = GreTunnelsCreateBody(name = first.name(), cloudflareGreEndpoint = TunnelSpec.CLOUDFLARE_ENDPOINT,
        customerGreEndpoint = first.customerEndpoint(), interfaceAddress = first.interfaceAddress(),
        greTunnels = tunnels.map { request(it, objectForm) })
    return views(api.createGreTunnel(GeneratedClient.ACCOUNT, body, objectForm, false).result.greTunnels.orEmpty())
  }

  override fun list(objectForm: Boolean): List<TunnelView> =
      views(api.listGreTunnels(GeneratedClient.ACCOUNT, objectForm).result.greTunnels)

  override fun get(id: String, objectForm: Boolean): TunnelView =
      view(api.getGreTunnel(GeneratedClient.ACCOUNT, id, objectForm).result.greTunnel)

  override fun updateOne(id: String, tunnel: TunnelSpec, objectForm: Boolean): TunnelView {
    val body = GreTunnelUpdateRequest(name = tunnel.name(), cloudflareGreEndpoint = TunnelSpec.CLOUDFLARE_ENDPOINT,
        customerGreEndpoint = tunnel.customerEndpoint(), interfaceAddress = tunnel.interfaceAddress(),
        description = tunnel.description(), healthCheck = healthCheck(tunnel, objectForm))
    return view(api.updateGreTunnel(GeneratedClient.ACCOUNT, id, body, objectForm, false).result.modifiedGreTunnel)
  }

  override fun updateSeveral(ids: List<String>, tunnels: List<TunnelSpec>, objectForm: Boolean): List<TunnelView> {
    val items = tunnels.mapIndexed { i, tunnel ->
      GreTunnelsUpdateItem(id = ids[i], name = tunnel.name(), cloudflareGreEndpoint = TunnelSpec.CLOUDFLARE_ENDPOINT,
          customerGreEndpoint = tunnel.customerEndpoint(), interfaceAddress = tunnel.interfaceAddress(),
          description = tunnel.description(), healthCheck = healthCheck(tunnel, objectForm))
    }
    return views(api.updateGreTunnels(GeneratedClient.ACCOUNT, GreTunnelsUpdateRequest(items), objectForm, false)
        .result.modifiedGreTunnels)
  }

  // an empty object, as for every generated client: the body is optional, but JSON null is not an object
  override fun delete(id: String): TunnelView =
      view(api.deleteGreTunnel(GeneratedClient.ACCOUNT, id, true, false, emptyMap<String, Any>()).result.deletedGreTunnel)

  override fun refusal(call: GeneratedClient.ThrowingCall): Refusal {
    try {
      call.run()
    } catch (refused: ClientException) {
      val body = (refused.response as? ClientError<*>)?.body as? String
          ?: throw AssertionError("the ClientException carries no response body")
      val envelope = Serializer.moshi.adapter(ApiErrorResponse::class.java).fromJson(body)
          ?: throw AssertionError("the error envelope did not read into ApiErrorResponse: $body")
      return Refusal(refused.javaClass.name, refused.statusCode, envelope.success,
          envelope.errors.firstOrNull()?.code, envelope.errors.firstOrNull()?.message)
    } catch (other: Exception) {
      throw AssertionError("refused with ${other.javaClass.name}, not the generator's ClientException", other)
    }
    throw AssertionError("the call was not refused")
  }

  private fun request(tunnel: TunnelSpec, objectForm: Boolean) = GreTunnelCreateRequest(name = tunnel.name(),
      cloudflareGreEndpoint = TunnelSpec.CLOUDFLARE_ENDPOINT, customerGreEndpoint = tunnel.customerEndpoint(),
      interfaceAddress = tunnel.interfaceAddress(), description = tunnel.description(),
      healthCheck = healthCheck(tunnel, objectForm))

  private fun healthCheck(tunnel: TunnelSpec, objectForm: Boolean): GreTunnelHealthCheckRequest? {
    val address = tunnel.target() ?: return null
    // the target is kotlin.Any: a String for the string form, the generated object-form model for the other
    val target: Any = if (objectForm) MagicHealthCheckTargetRequest(saved = address) else address
    return GreTunnelHealthCheckRequest(target = target)
  }

  private fun views(tunnels: List<GreTunnel>) = tunnels.map { view(it) }

  private fun view(tunnel: GreTunnel) = TunnelView(tunnel.id, tunnel.name, tunnel.description, target(tunnel.healthCheck))

  private fun target(healthCheck: GreTunnelHealthCheck?): String? = Targets.read(healthCheck?.target)
}
