<?php
/**
 * Settings → Guichet sécurité: the site's local contacts (administrators only),
 * checked on save with the elements' rules; what was typed is kept, each
 * refused entry is named with its field.
 *
 * @package GuichetSecurite
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page.
 */
class Guichet_Securite_Settings {
	/** Settings group and page slug. */
	const PAGE = 'guichet-securite';

	/** Longest JSON kept, in bytes. */
	const MAX_JSON = 100000;

	/**
	 * Adds the hooks.
	 */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( GUICHET_SECURITE_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * The page, under Settings, for those who manage options.
	 */
	public static function menu() {
		add_options_page( __( 'Guichet sécurité', 'guichet-securite' ), __( 'Guichet sécurité', 'guichet-securite' ), 'manage_options', self::PAGE, array( __CLASS__, 'page' ) );
	}

	/**
	 * The option, with its check on save (options.php checks the nonce and the capability).
	 */
	public static function register() {
		register_setting(
			self::PAGE,
			Guichet_Securite_Renderer::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => array(
					'json'    => '',
					'entries' => array(),
				),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * A "Settings" link next to the plugin's name.
	 *
	 * @param string[] $links Links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'guichet-securite' ) . '</a>' );
		return $links;
	}

	/**
	 * Checks the contacts: keeps the text as typed, and the accepted entries; names each refused one.
	 *
	 * @param mixed $input The submitted value.
	 * @return array { json, entries }
	 */
	public static function sanitize( $input ) {
		if ( ! current_user_can( 'manage_options' ) ) {
			return get_option( Guichet_Securite_Renderer::OPTION );
		}
		$json = is_array( $input ) && isset( $input['json'] ) && is_string( $input['json'] ) ? str_replace( "\r\n", "\n", $input['json'] ) : '';
		if ( strlen( $json ) > self::MAX_JSON ) {
			add_settings_error(
				Guichet_Securite_Renderer::OPTION,
				'too-long',
				/* translators: %s: the largest size accepted, in bytes. */
				sprintf( __( 'The contacts are longer than %s bytes: nothing was changed.', 'guichet-securite' ), number_format_i18n( self::MAX_JSON ) ),
				'error'
			);
			return get_option( Guichet_Securite_Renderer::OPTION );
		}
		// Not from the form (WordPress sanitises a new option twice, or code calls update_option()):
		// the entries are checked again, silently; nothing unchecked is ever stored.
		if ( ! is_array( $input ) || ! isset( $input['submitted'] ) ) {
			$entries = is_array( $input ) && isset( $input['entries'] ) && is_array( $input['entries'] ) ? $input['entries'] : array();
			$read    = Guichet_Securite_Data::contacts_reader()->parse( (string) wp_json_encode( array_values( $entries ) ), gmdate( 'Y-m-d' ) );
			return array(
				'json'    => $json,
				'entries' => $read['entries'],
			);
		}
		if ( '' === trim( $json ) ) {
			add_settings_error( Guichet_Securite_Renderer::OPTION, 'empty', __( 'No local contacts: the elements show the official services only.', 'guichet-securite' ), 'success' );
			return array(
				'json'    => '',
				'entries' => array(),
			);
		}
		$read = Guichet_Securite_Data::contacts_reader()->parse( $json, gmdate( 'Y-m-d' ) );
		foreach ( $read['problems'] as $index => $problem ) {
			add_settings_error(
				Guichet_Securite_Renderer::OPTION,
				'refused-' . $index,
				/* translators: 1: the contact's id (or its position), 2: the field, 3: why, in English, e.g. "must be an https: address". */
				sprintf( __( 'Contact %1$s refused (field %2$s): %3$s. It is not shown; correct it and save again.', 'guichet-securite' ), $problem['entry'], $problem['field'], $problem['message'] ),
				'error'
			);
		}
		$count = count( $read['entries'] );
		/* translators: %d: number of contacts. */
		add_settings_error( Guichet_Securite_Renderer::OPTION, 'saved', sprintf( _n( '%d contact shown on the site.', '%d contacts shown on the site.', $count, 'guichet-securite' ), $count ), $count ? 'success' : 'warning' );
		return array(
			'json'    => $json,
			'entries' => $read['entries'],
		);
	}

	/**
	 * The page.
	 */
	public static function page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$option  = get_option( Guichet_Securite_Renderer::OPTION, array() );
		$json    = is_array( $option ) && isset( $option['json'] ) ? $option['json'] : '';
		$entries = Guichet_Securite_Renderer::site_contacts();
		$name    = Guichet_Securite_Renderer::OPTION;
		?>
		<div class="wrap">
			<h1><?php echo esc_html__( 'Guichet sécurité', 'guichet-securite' ); ?></h1>
			<p><?php echo esc_html__( 'The block "Guichet sécurité" and the shortcode [guichet] show the official police and gendarmerie services. Here you can add your own contacts (municipal police, victim-support association…): lists, service cards and guided questions show them.', 'guichet-securite' ); ?></p>
			<form method="post" action="options.php">
				<?php settings_fields( self::PAGE ); ?>
				<input type="hidden" name="<?php echo esc_attr( $name ); ?>[submitted]" value="1">
				<h2><label for="guichet-securite-contacts"><?php echo esc_html__( 'Local contacts (JSON)', 'guichet-securite' ); ?></label></h2>
				<p id="guichet-securite-contacts-help"><?php echo esc_html__( 'A list of contacts in the format the elements read: id, kind, categories, name, summary, access (website, chat, phones, email), and optionally hours, availability, outcomes (the guided questions\' results to show them with). Each contact is checked when you save; a refused one is named with its field, and what you typed is kept.', 'guichet-securite' ); ?></p>
				<textarea id="guichet-securite-contacts" name="<?php echo esc_attr( $name ); ?>[json]" rows="18" class="large-text code" spellcheck="false" aria-describedby="guichet-securite-contacts-help"><?php echo esc_textarea( $json ); ?></textarea>
				<details>
					<summary><?php echo esc_html__( 'An example', 'guichet-securite' ); ?></summary>
					<pre><?php echo esc_html( wp_json_encode( self::example(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) ); ?></pre>
				</details>
				<?php submit_button( __( 'Check and save', 'guichet-securite' ) ); ?>
			</form>
			<h2><?php echo esc_html__( 'Shown on the site', 'guichet-securite' ); ?></h2>
			<?php if ( $entries ) : ?>
				<ul class="ul-disc">
					<?php foreach ( $entries as $entry ) : ?>
						<li><?php echo esc_html( Guichet_Securite_Data::text( $entry['name'], 0 === strpos( get_user_locale(), 'en' ) ? 'en' : 'fr' ) ); ?> <code><?php echo esc_html( $entry['id'] ); ?></code></li>
					<?php endforeach; ?>
				</ul>
			<?php else : ?>
				<p><?php echo esc_html__( 'No local contacts.', 'guichet-securite' ); ?></p>
			<?php endif; ?>
		</div>
		<?php
	}

	/**
	 * An example contact (the number is in the range reserved for fiction).
	 *
	 * @return array[]
	 */
	private static function example() {
		return array(
			array(
				'id'         => 'police-municipale-exempleville',
				'kind'       => 'phone-line',
				'categories' => array( 'help-support' ),
				'name'       => 'Police municipale d\'Exempleville',
				'summary'    => 'Accueil du public, objets trouvés, tranquillité publique.',
				'access'     => array(
					'phones' => array(
						array(
							'number'  => '+33199000000',
							'display' => '01 99 00 00 00',
						),
					),
				),
				'hours'      => array(
					'weekly' => array(
						array(
							'days'   => array( 1, 2, 3, 4, 5 ),
							'opens'  => '08:30',
							'closes' => '17:30',
						),
					),
				),
				'outcomes'   => array( 'violence-victim', 'complaint-in-person' ),
			),
		);
	}
}
